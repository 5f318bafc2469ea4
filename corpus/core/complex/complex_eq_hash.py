# conform: skip-pyodide hash() of complex numbers is 64-bit specific
print(1 + 0j == 1, 1 + 0j == 1.0, 1 + 0j == True, 2j == 2, 1j != 1j, (1 + 2j) == (1 + 2j), 1j == 'x', 1j != None)
print(complex(float('nan'), 0) == complex(float('nan'), 0), 0j == -0j, complex(1, -0.0) == 1)
print(hash(1 + 0j), hash(1j), hash(-1 + 0j), hash(complex(1.5, 2.5)), hash(0j), hash(2 - 3j))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(complex(-1, 0)) == hash(-1))
d = {1: 'one', 1.0 + 0j: 'complex one', 2j: 'two j'}
print(d, d[1.0], 2j in d, {0j, 0, 0.0, False})
print((1 + 0j).__eq__(1), (1j).__eq__('1j'), (1j).__ne__(1j), (1j).__lt__(2j), (1j).__hash__() == hash(1j))
