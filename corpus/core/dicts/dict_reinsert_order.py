d = {"a": 1, "b": 2, "c": 3}
d["a"] = 10
print(d)
del d["a"]
d["a"] = 100
print(d)
d.update(b=20, z=0)
print(d)
d.pop("c")
d.setdefault("c", 30)
print(d, list(d.items())[0])
e = dict.fromkeys("xyz", 0)
e["x"] += 1
print(e)
