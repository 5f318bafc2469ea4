# conform: skip-pyodide a set of strings is printed (order depends on 64-bit hashes)
d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
i = d.items()
print(k, v, i)
d["d"] = 4
print(len(k), "d" in k, 4 in v, ("a", 1) in i)
print(k & {"a", "z"}, k - {"a"})
print(sorted(k | {"q"}))
print(repr(d.keys()))
print({}.keys(), {}.items())
