d = {"a": 1, "b": 2, 3: "c"}
print(d.pop("a"), d.pop("zz", None), d.pop("zz", "dflt"), d.pop(3.0), d)
try:
    d.pop("zz")
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop(("t", 1))
except KeyError as e:
    print(type(e).__name__, e)
try:
    d.pop()
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.pop(1, 2, 3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.pop([1])
except TypeError as e:
    print(type(e).__name__, e)
