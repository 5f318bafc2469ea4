def f(items):
    a, b = items
    return a + b
print(f([1, 2]))
print(f([1, 2, 3]))
