print(1 + 2.0, 3 * 0.5, 7 // 2.0, 7 % 2.5, 2 ** 0.5, 10 / 4)
print(type(1 + 2.0).__name__, type(4 / 2).__name__, type(4 // 2).__name__)
print(2 ** 100 + 0.5)
print(10 ** 400 * 1.0)
