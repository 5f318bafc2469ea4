f = frozenset([1, 2, 3])
g = frozenset([3, 4])
print(f.union(g), f.intersection(g), f.difference(g), f.symmetric_difference(g))
print(f.union([9], (8,)), f.intersection([1, 2], {2}), f.difference([1], [2]))
print(f.issubset([1, 2, 3, 4]), f.issuperset({1}), f.isdisjoint(g), f.isdisjoint([7]))
print(f | g, f & g, f - g, f ^ g, f <= f, f < f, f > frozenset())
print(len(f), 2 in f, 5 not in f, sorted(f), bool(frozenset()), f == {1, 2, 3})
print(type(f | {9}).__name__, type({9} | f).__name__, type(f.copy()).__name__)
for name in ["add", "remove", "discard", "pop", "update", "clear", "intersection_update"]:
    try:
        getattr(f, name)
    except AttributeError as e:
        print(type(e).__name__, e)
