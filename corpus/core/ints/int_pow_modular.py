def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: pow(3, -1, 7))
attempt(lambda: pow(38, -1, 97))
attempt(lambda: pow(2, -1, 4))
attempt(lambda: pow(2, 3, 0))
attempt(lambda: pow(2, 3, 1))
attempt(lambda: pow(2, 3, -7))
attempt(lambda: pow(2.0, 3, 5))
attempt(lambda: pow(2, 3.0, 5))
attempt(lambda: pow(2, 3, 5.0))
attempt(lambda: pow(2, 3, 'x'))
attempt(lambda: pow(base=2, exp=5, mod=3))
attempt(lambda: pow(0, -2))
attempt(lambda: pow(2j, 2, 3))
attempt(lambda: pow(True, 2, 2))
