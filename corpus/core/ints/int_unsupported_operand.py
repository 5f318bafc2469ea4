print(3 * "ab")
print([1] * 3)
def total(a, b):
    return a + b
print(total(1, 2))
print(total(1, "2"))
