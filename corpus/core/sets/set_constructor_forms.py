print(set(), set([3, 1, 3]), set((2, 2)), set(range(5)), set({1: "a", 2: "b"}), set(x % 3 for x in range(9)))
print(frozenset(), frozenset([1, 1]), frozenset(range(3)), repr(frozenset()), str(set()))
f = frozenset([1])
print(frozenset(f) is f, set(f) == f, type(set(f)).__name__)
try:
    set(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    set(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
