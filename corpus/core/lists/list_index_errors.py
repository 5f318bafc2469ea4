xs = [10, 20, 30, 20]
print(xs.index(20), xs.index(20, 2), xs.index(20, -1), xs.index(30, 0, 3))
for args in [(40,), (20, 4), (10, 1), (30, 0, 2), (20, -2, -1)]:
    try:
        xs.index(*args)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    xs.index()
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs.index(1, "a")
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs.index(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
print(xs.index(20, -100, 100))
