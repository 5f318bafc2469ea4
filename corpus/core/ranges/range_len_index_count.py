r = range(0, 20, 3)
print(len(r), r.index(9), r.count(9), r.count(10), r.count(9.0), r.count("9"), 9.0 in r)
print(len(range(10, 0)), len(range(10, 0, -1)), len(range(-5, 5, 2)), len(range(0)), len(range(2**70)) if False else "-")
for args in [(10,), (9.5,), ("a",)]:
    try:
        r.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    r.index()
except TypeError as e:
    print(type(e).__name__, e)
try:
    r.count()
except TypeError as e:
    print(type(e).__name__, e)
print(range(5).index(True), range(-3, 3).index(-1))
