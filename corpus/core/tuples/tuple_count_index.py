t = (1, 2, 3, 2, 1, 2.0, True)
print(t.count(2), t.count(1), t.count(True), t.count("x"), t.index(2), t.index(2, 2), t.index(1, -3))
for args in [(9,), (3, 3), (1, 1, 4)]:
    try:
        t.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    t.count()
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.index()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ().index(0)
except ValueError as e:
    print(type(e).__name__, e)
