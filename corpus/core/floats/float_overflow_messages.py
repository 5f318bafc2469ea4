def attempt(f):
    try:
        print(f())
    except OverflowError as e:
        print(type(e).__name__, e)
attempt(lambda: 1e308 * 10)
attempt(lambda: 10.0 ** 400)
attempt(lambda: (-10.0) ** 401)
attempt(lambda: 2.0 ** 1024)
attempt(lambda: 2 ** 1024.0)
attempt(lambda: float(10 ** 400))
attempt(lambda: 10 ** 400 * 1.0)
attempt(lambda: 10 ** 400 / 1.5)
attempt(lambda: 10 ** 400 / 7)
attempt(lambda: (10 ** 400) / (10 ** 399))
attempt(lambda: int(1e308) * 10 / 3)
attempt(lambda: 1.5 + 10 ** 400)
attempt(lambda: 10 ** 400 < 1e308)
attempt(lambda: 10 ** 400 == float('inf'))
