print(7 // 3)
print(7 % 3)
def ratio(a, b):
    return a // b
print(ratio(10, 5))
print(ratio(10, 0))
