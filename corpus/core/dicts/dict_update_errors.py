d = {}
for arg in [[(1, 2, 3)], [(1,)], ["abc"], [1], [(1, 2), 5], [(1, 2), (3, 4, 5)], [[[], 1]]]:
    try:
        d.update(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(d)
try:
    d.update(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.update({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print(type(e).__name__, e)
try:
    dict([1, 2])
except TypeError as e:
    print(type(e).__name__, e)
