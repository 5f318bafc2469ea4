def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
attempt(lambda: 1.5 < 'a')
attempt(lambda: 'a' > 2.5)
attempt(lambda: 1.5 >= None)
attempt(lambda: 0.5 == 'x')
attempt(lambda: 0.5 <= 1j)
attempt(lambda: [0.5] < [None])
