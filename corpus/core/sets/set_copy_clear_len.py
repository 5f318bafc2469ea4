s = {1, 2, 3}
c = s.copy()
c.add(4)
print(s, c, len(s), len(c))
s.clear()
print(s, len(s), bool(s), bool(c))
f = frozenset(c)
print(f.copy() is f, len(f))
try:
    f.clear()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.add(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    s.copy(1)
except TypeError as e:
    print(type(e).__name__, e)
