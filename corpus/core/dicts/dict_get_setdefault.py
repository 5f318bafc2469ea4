d = {"a": 1}
print(d.get("a"), d.get("b"), d.get("b", 0), d.get(1.0, "x"))
print(d.setdefault("a", 99), d.setdefault("b"), d.setdefault("c", []), d)
d.setdefault("c", []).append(1)
print(d)
try:
    d.get()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get([])
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.setdefault([], 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.setdefault()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get("a", default=2)
except TypeError as e:
    print(type(e).__name__, e)
