total = 10
def add(x):
    total = total + x
    return total
print(total)
add(5)
