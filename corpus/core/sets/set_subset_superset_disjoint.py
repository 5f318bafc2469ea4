a = {1, 2}
b = {1, 2, 3}
print(a.issubset(b), b.issubset(a), a.issubset([1, 2]), a.issubset(range(5)), set().issubset([]))
print(b.issuperset(a), a.issuperset(b), b.issuperset([3]), b.issuperset("") , a.issuperset(iter([1])))
print(a.isdisjoint({3}), a.isdisjoint([2]), a.isdisjoint(x for x in [7]), set().isdisjoint(set()))
print(a <= b, a < b, b < b, b <= b, b > a, b >= a, a > a, a == frozenset({1, 2}), a != b)
try:
    a.issubset(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.isdisjoint()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a <= [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
