# A set display of constants that is iterated or tested with `in` right away is the frozenset
# constant itself; anywhere else it is copied into a new set, which can reorder it.
print([v for v in {8, 16, 24, 0, 9}])
def f():
    return [v for v in {8, 16, 24, 0, 9}]
print(f())
print({v for v in {8, 16, 24, 0, 9}})
print(list(v for v in {8, 16, 24, 0, 9}))
print([(a, b) for a in [1] for b in {8, 16, 24, 0, 9}])
for v in {8, 16, 24, 0, 9}: print(v, end=' ')
print()
print(9 in {8, 16, 24, 0, 9}, 1 < 9 in {8, 16, 24, 0, 9})
print(list({8, 16, 24, 0, 9}))
print(*{8, 16, 24, 0, 9})
a, b, c, d, e = {8, 16, 24, 0, 9}
print(a, b, c, d, e)
print(sorted({8, 16, 24, 0, 9}, key=lambda v: 0))
