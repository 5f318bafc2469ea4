for args in [(1, 2, 0), (1.5,), ("3",), (1, 2, 3, 4), ()]:
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(0, 10, 1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(stop=3)
except TypeError as e:
    print(type(e).__name__, e)
print(range(True), range(False, True))
