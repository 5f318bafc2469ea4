for v in (0.125, 0.375, 2.5, 1.45, -1.45, 123.456, 1e20, 1.5e-10):
    print(repr(v), round(v, 1), round(v, 2), round(v, 0), round(v, -1), round(v))
print(round(5e-324, 400), round(0.5 + 1e-16), round(-2.5))
print(round(1e300, 5) == 1e300, round(123, 10**10), round(123.0, -(10**10)), round(123.4, 10**10))
print(round(1.7976931348623157e308, -307))
