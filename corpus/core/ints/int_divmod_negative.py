for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 1), (-1, 1), (5, 10), (-5, 10), (5, -10), (2 ** 60 + 1, -3)]:
    print(a, b, a // b, a % b, divmod(a, b), (a // b) * b + a % b == a)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    divmod(5, 'x')
except TypeError as e:
    print(type(e).__name__, e)
