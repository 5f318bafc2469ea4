print(divmod(-7.5, -2), divmod(7.5, -2), divmod(-0.0, 1), divmod(1e300, 1e-300)[1] < 1e-300)
print(divmod(5, float("inf")), divmod(-5, float("inf")))
print(pow(-8, 1 / 3).__class__.__name__, pow(2, 0.5), pow(-2, -2), pow(0.0, 0), pow(-1, 0.5))
print(pow(2, 3, -5), pow(-2, 3, 5), pow(2, -3, 5), pow(True, 2, 3))
try:
    pow(10.0, 400)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    pow(6, -1, 4)
except ValueError as e:
    print(type(e).__name__, e)
