print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), "v"), dict.fromkeys([]))
d = dict.fromkeys(["x", "y"], [])
d["x"].append(1)
print(d)
print(dict.fromkeys([1, 1.0, True, 2]))
print({}.fromkeys("ab", None))
try:
    dict.fromkeys(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict.fromkeys()
except TypeError as e:
    print(type(e).__name__, e)
