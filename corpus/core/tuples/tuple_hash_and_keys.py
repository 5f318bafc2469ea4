d = {(1, 2): "a", (1, 2.0): "b"}
print(d)
print((1, 2) == (1, 2.0), hash((1, 2)) == hash((1, 2.0)))
pos = {}
pos[0, 1] = "x"
print(pos, pos[(0, 1)])
print(hash((1, [2])))
