d = {"a": 1}
ks = d.keys()
vs = d.values()
its = d.items()
d["b"] = 2
print(list(ks), list(vs), list(its))
d.pop("a")
print(list(ks), list(vs), list(its))
d.clear()
print(list(ks), len(vs), bool(its))
it = iter(ks)
d["c"] = 3
try:
    next(it)
except RuntimeError as e:
    print(type(e).__name__, e)
print(ks.mapping if False else "no mapping printed")
