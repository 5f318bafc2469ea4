a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [100]), a.intersection(b), a.difference(b), a.symmetric_difference(b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.isdisjoint({9}))
print(a.issubset(range(10)), a.issuperset([1, 2]))
c = set(a)
c |= {10}
c &= {1, 10, 2}
print(c)
c -= {1}
c ^= {2, 3}
print(c)
print(set(), frozenset(), repr(set()))
