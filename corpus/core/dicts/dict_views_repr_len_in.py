d = {"a": 1, "b": [2], 3: (4,)}
k, v, i = d.keys(), d.values(), d.items()
print(k)
print(v)
print(i)
print(len(k), len(v), len(i), "a" in k, 3 in k, [2] in v, (3, (4,)) in i, ("a", 2) in i, "zz" in k)
print(1 in v, ("a",) in i, [] in k if False else "skip")
del d["b"]
print(k, v, i, len(i))
print(type(k).__name__, type(v).__name__, type(i).__name__)
e = {}
print(e.keys(), e.values(), e.items())
try:
    [] in k
except TypeError as e:
    print(type(e).__name__, e)
