# conform: skip-pyodide hash() of large ints is 64-bit specific
print(hash(0), hash(1), hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 64))
print(hash(-(2 ** 61)))
print(hash(10 ** 30))
print(hash(True), hash(False))
