d = {}
d[1] = "int"
d[1.0] = "float"
d[True] = "bool"
print(d)
d[0] = "zero"
d[False] = "false"
d[0.0] = "fzero"
print(d, len(d))
d2 = {(1, 2): "a"}
d2[(1.0, 2.0)] = "b"
print(d2)
print({-0.0: 1, 0: 2}, {float("nan"): 1, float("nan"): 2} != {})
print(d[True], d[1.0], d[False])
