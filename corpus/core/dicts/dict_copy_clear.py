d = {"a": [1], "b": 2}
c = d.copy()
print(c, c == d, c is d, c["a"] is d["a"])
c["b"] = 3
print(d, c)
d.clear()
print(d, c, len(d))
try:
    d.copy(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.clear(1)
except TypeError as e:
    print(type(e).__name__, e)
print(dict(c) == c, dict(c) is c)
