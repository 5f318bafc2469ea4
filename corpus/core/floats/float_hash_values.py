# conform: skip-pyodide hash() of floats is 64-bit specific
print(hash(1.0), hash(1.5), hash(-1.5), hash(0.1))
print(hash(1e100), hash(-0.0), hash(float("inf")), hash(float("-inf")))
print(hash(2.0 ** 61), hash(1e16))
print(hash(1.0) == hash(1), hash(2.5) == hash(5 / 2))
