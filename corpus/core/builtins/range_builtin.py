print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[1:3], r[::-1], 9 in r, 10 in r, r.index(13), r.count(5))
print(range(3) == range(0, 3, 1), range(0) == range(5, 2), repr(range(0, 5, 2)), range(-5))
print(list(range(2**64, 2**64 + 3)), len(range(-(10**20), 10**20, 10**19)))
for args in ((), (1, 2, 3, 4), (1.5,), ("1",), (0, 5, 0)):
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for idx in (10, -11):
    try:
        range(10)[idx]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    range(5).index(7)
except ValueError as e:
    print(type(e).__name__, e)
