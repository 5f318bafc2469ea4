def attempt(f):
    try:
        print(f())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
attempt(lambda: int(float('inf')))
attempt(lambda: int(float('-inf')))
attempt(lambda: int(float('nan')))
attempt(lambda: int(1e300) == 10**300)
attempt(lambda: int(-1.9999999999999998))
attempt(lambda: int(2.0**63))
attempt(lambda: (1.5).__trunc__())
attempt(lambda: (-1.5).__floor__())
attempt(lambda: (-1.5).__ceil__())
attempt(lambda: float('inf').__floor__())
attempt(lambda: float('nan').__ceil__())
attempt(lambda: float('nan').__int__())
