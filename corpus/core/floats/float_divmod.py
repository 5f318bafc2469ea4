for a, b in [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (1.0, 0.1), (0.0, -1.0), (-0.0, 1.0), (6, 2.5), (-6, 2.5), (3.0, float('inf')), (-3.0, float('inf'))]:
    print(a, b, divmod(a, b))
for a, b in [(1.0, 0.0), (1, 0.0), (1.0, 0), (0.0, -0.0)]:
    try:
        print(divmod(a, b))
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
try:
    divmod(1.5, 'x')
except TypeError as e:
    print(type(e).__name__, e)
