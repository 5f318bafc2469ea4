d = {"one": 1, "two": 2, "three": 3}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
r = reversed(d)
print(next(r))
d["four"] = 4
try:
    next(r)
except RuntimeError as e:
    print(type(e).__name__, e)
print(list(reversed({})))
