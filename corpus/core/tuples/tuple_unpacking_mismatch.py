for value in [(1,), (1, 2, 3), (), (1, 2, 3, 4, 5)]:
    try:
        a, b = value
        print(a, b)
    except ValueError as e:
        print(type(e).__name__, e)
for value in [(1,), ()]:
    try:
        a, b, *c = value
    except ValueError as e:
        print(type(e).__name__, e)
a, (b, c), d = 1, (2, 3), 4
print(a, b, c, d)
try:
    a, (b, c) = 1, (2, 3, 4)
except ValueError as e:
    print(type(e).__name__, e)
