# conform: skip-pyodide hash() of large ints is 64-bit specific
M = 2 ** 61 - 1
print(hash(-1), hash(-2), hash(M), hash(M + 1), hash(-M), hash(-M - 1), hash(2 * M), hash(M * M))
print(hash(10 ** 100), hash(-(10 ** 100)), hash(2 ** 64 - 1), hash(-(2 ** 63)), hash(2 ** 200))
print(hash(12345678901234567890) == hash(12345678901234567890.0), hash(2 ** 61) == hash(1))
print((-1).__hash__(), (2 ** 100).__hash__(), True.__hash__())
