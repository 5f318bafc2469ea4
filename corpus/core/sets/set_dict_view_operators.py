a = {1, 2, 3}; b = {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, frozenset(a) | b, a | frozenset(b))
c = a
c |= {9}
print(a, c is a)
f = frozenset({1})
g = f
g |= {2}
print(f, g, g is f)
d = {"x": 1}; e = {"y": 2, "x": 3}
print(d | e, e | d)
h = d
h |= [("z", 0)]
print(d, h is d)
k = {"a": 1, "b": 2}.keys()
print(k | {"c"}, k & {"a"}, k - {"a"}, k ^ {"a", "q"}, {1: 2}.items() | {(3, 4)})
for expr in [lambda: a | [1], lambda: d | [1], lambda: a + b, lambda: d & e]:
    try:
        expr()
    except TypeError as t:
        print(t)
