def attempt(f):
    try:
        print(f())
    except (OverflowError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
attempt(lambda: 0.5 ** -2000)
attempt(lambda: 2.0 ** -2000)
attempt(lambda: (-0.5) ** -2001)
attempt(lambda: 1.0000001 ** 1e10)
attempt(lambda: 10.0 ** 308.5)
attempt(lambda: 10 ** 308.25)
attempt(lambda: 1e-300 ** 2)
attempt(lambda: (-1e300) ** 3)
attempt(lambda: pow(1e200, 2))
attempt(lambda: 2.0 ** 1023.9999999999999)
