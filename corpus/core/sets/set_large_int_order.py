# conform: skip-pyodide order of sets of large ints depends on 64-bit hashes
print({2 ** 61 - 1, 2 ** 61, 2 ** 62, 5})
print({10 ** 20, 10 ** 19, 10 ** 18, 3})
print({-(2 ** 64), 2 ** 64, 0})
print({2 ** 100, 7, 2 ** 70})
