# conform: skip-pyodide order of a set of strings and floats depends on 64-bit hashes
s = {1, "one", (1, 2), 2.5, "two", 3, (), None, True, -7, 1.5e10}
print(s)
t = set()
for v in ["a", 1, 2.0, ("a",), "b", 3, "c", 4.25, (1, "x")]:
    t.add(v)
print(t)
u = {"alpha", 10, "beta", 20.5, ("gamma", 3), None, "delta", 7}
print(u)
print(frozenset(u) == u)
