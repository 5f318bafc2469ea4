s = {1, 2, 3}
s &= s
print(s)
s |= s
print(s)
s ^= s
print(s)
s = {1, 2}
s -= s
print(s)
s = {1, 2}
s.symmetric_difference_update(s)
print(s)
s = {1, 2}
s.intersection_update(s, s)
s.difference_update(s)
print(s)
t = {1, 2}
print(t.__ior__([3]), t.__iand__([1]), t.__isub__(()), t.__ixor__("x"), t)
f = frozenset({1})
g = f
g |= {2}
print(f, g, f is g)
