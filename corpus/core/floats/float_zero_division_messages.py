def attempt(f):
    try:
        print(f())
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
attempt(lambda: 1.0 / 0)
attempt(lambda: 1.0 / 0.0)
attempt(lambda: 1 / 0.0)
attempt(lambda: 1.0 // 0.0)
attempt(lambda: 1.0 % 0.0)
attempt(lambda: -1.0 % -0.0)
attempt(lambda: 0.0 ** -1)
attempt(lambda: 0.0 ** -0.5)
attempt(lambda: (-0.0) ** -3)
attempt(lambda: 0 ** -1.5)
attempt(lambda: pow(0.0, -2))
attempt(lambda: 1 // 0)
attempt(lambda: 1 % 0)
attempt(lambda: 10**30 / 0)
x = 0.0
print(5.0 / x if x else 'skipped')
