print(True + True, True - False, True * 7, True / 2, True // 2, True % 2, True ** 10, -True, +True, abs(-True))
print(True + 1.5, False * 2.5, True + 1j, 10 - True, 3 * False, 2 ** True, divmod(True, 2), divmod(7, True))
print(sum([True, True, False, True]), max(True, 0.5), min(False, -0.0), True << 4, True >> 1)
print(type(True + True).__name__, type(-True).__name__, type(True * 1.0).__name__, type(True & True).__name__, type(True & 1).__name__)
print(True & False, True | False, True ^ True, False ^ False, True & 3, 2 | False, True ^ 2)
print(True == 1, False == 0, True == 1.0, hash(True) == hash(1), True in [1], 1 in [True])
print({True: 'a', 1: 'b', 1.0: 'c'}, {0, False, 0.0}, [1, True].count(True))
try:
    True / False
except ZeroDivisionError as e:
    print(type(e).__name__, e)
