def compute(a, b, c):
    return (a * 2 +
            b // c -
            7)
print(compute(1, 2, 3))
compute(1, 2, 0)
