s = {1, 2}
f = frozenset({2, 3})
for r in [s | f, f | s, s & f, f & s, s - f, f - s, s ^ f, f ^ s]:
    print(type(r).__name__, sorted(r))
print(type(s.union(f)).__name__, type(f.union(s)).__name__, type(f.copy()).__name__, type(f.difference()).__name__)
print(s == f, {2, 3} == f, f == {3, 2}, hash(f) == hash(frozenset({3, 2})))
g = f
g |= {9}
print(type(g).__name__, sorted(g), sorted(f), g is f)
h = s
h |= f
print(type(h).__name__, h is s)
print(frozenset() == set(), frozenset([1]) in {frozenset([1])}, {1} in {frozenset([1])})
