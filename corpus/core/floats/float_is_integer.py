for x in [0.0, -0.0, 1.0, 1.5, -2.0, 1e300, 5e-324, 2.0**53, float('inf'), float('-inf'), float('nan')]:
    print(repr(x), x.is_integer())
print(float.is_integer(3.0))
try:
    float.is_integer(3)
except TypeError as e:
    print(type(e).__name__, e)
