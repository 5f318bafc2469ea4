values = [1, 1.0, 1 + 0j, True]
print([a == b for a in values for b in values])
print(len({1, 1.0, 1 + 0j, True}), {1: 'a', 1.0: 'b', 1 + 0j: 'c', True: 'd'})
print(0 == 0.0 == 0j == False == -0.0, 2 ** 53 + 1 == complex(2 ** 53 + 1, 0), complex(2 ** 53, 0) == 2 ** 53)
print(10 ** 400 == complex(1, 0), 1 == complex(1, 1e-300), [1j] == [complex(0, 1)], (1j,) == (1j,))
print(type(1 + 1.0).__name__, type(1 + 1j).__name__, type(1.0 + 1j).__name__, type(True + 1j).__name__, type(1j - 1j).__name__)
print(isinstance(1j, complex), isinstance(1, complex), isinstance(1.0, float), isinstance(True, float))
