def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: round(float('nan')))
attempt(lambda: round(float('inf')))
attempt(lambda: round(float('-inf')))
attempt(lambda: round(float('nan'), 2))
attempt(lambda: round(float('inf'), 2))
attempt(lambda: round(1.5, 'x'))
attempt(lambda: round(1.5, 1.0))
attempt(lambda: round(1.7976931348623157e308, -308))
attempt(lambda: round(1j))
attempt(lambda: round('1.5'))
attempt(lambda: round())
attempt(lambda: round(1.5, 2, 3))
attempt(lambda: round(number=2.5))
attempt(lambda: round(1.5, ndigits=None))
