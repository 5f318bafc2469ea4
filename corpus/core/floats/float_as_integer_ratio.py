for x in [0.0, -0.0, 1.0, 0.5, -0.75, 0.1, 1e300, 5e-324, 3.14159, 2.0**60, 123456789.125]:
    n, d = x.as_integer_ratio()
    print(repr(x), n, d, n / d == x)
for x in [float('inf'), float('-inf'), float('nan')]:
    try:
        x.as_integer_ratio()
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
