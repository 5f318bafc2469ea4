a = [1, [2, 3], 1, 1.0, True]
b = a.copy()
print(b == a, b is a, b[1] is a[1])
print(a.count(1), a.count([2, 3]), a.count(4), a.count(True))
a.reverse()
print(a, b)
b.clear()
print(a, b, len(b))
c = a[:]
c.reverse()
print(c == list(reversed(a)))
for m in ["copy", "clear", "reverse"]:
    try:
        getattr(a, m)(1)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    a.count()
except TypeError as e:
    print(type(e).__name__, e)
