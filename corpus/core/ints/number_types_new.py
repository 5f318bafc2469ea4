def attempt(f):
    try:
        print(repr(f()))
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: int.__new__(int, '12', 8))
attempt(lambda: int.__new__(bool, 5))
attempt(lambda: bool.__new__(bool, 5))
attempt(lambda: bool.__new__(int))
attempt(lambda: float.__new__(float, ' 2.5 '))
attempt(lambda: float.__new__(float))
attempt(lambda: complex.__new__(complex, 1, 2))
attempt(lambda: complex.__new__(complex, '3-4j'))
attempt(lambda: int.__new__())
attempt(lambda: int.__new__(5))
attempt(lambda: float.__new__(int))
attempt(lambda: complex.__new__(float, 1))
