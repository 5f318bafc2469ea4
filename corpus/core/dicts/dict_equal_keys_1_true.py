d = {1: "int", 1.0: "float", True: "bool"}
print(d)
print(len(d))
e = {True: "bool", 1: "int"}
print(e)
f = {0: "a", False: "b", 0.0: "c"}
print(f)
g = {}
g[1.0] = "x"
g[1] = "y"
print(g)
print(g[True])
print({-0.0: 1, 0: 2})
