# conform: skip-pyodide order of sets with negative ints and strings depends on 64-bit hashes
print({8, 16, 24, 0, 9})
print({-1, -2, -3, 5, 6})
print({(1, 2), (3, 4), 5, 6, 7})
print({"x", "y", "z", "w", "v"})
print({1.5, 2.5, 3.5, 4.5, 0.5})
print({1, 2, 3, *[40, 48, 56], 64})
print({1 + 1, 2 * 8, 3, 4, 5, 32})
x = 40
print({x, 8, 16, 24, 0})
print({0, 8, 16, 24, 32, 40, 48, 56, 64})
