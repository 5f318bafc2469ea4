# conform: skip-pyodide hash() of floats is 64-bit specific
print(hash(-1.0), hash(-1), hash(-0.5), hash(0.0), hash(-0.0))
print(hash(float('inf')), hash(float('-inf')))
print(hash(1e308), hash(5e-324), hash(2.0 ** 61), hash(2.0 ** 62), hash(-2.0 ** 61))
print(hash(3.5) == hash(7 / 2), hash(10.0) == hash(10), hash(2.0 ** 100) == hash(2 ** 100))
print((1.5).__hash__(), (-1.0).__hash__())
d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d)
