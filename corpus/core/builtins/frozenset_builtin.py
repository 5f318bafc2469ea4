print(frozenset(), frozenset([1, 2, 2, 3]), frozenset("aab") == frozenset("ab"), frozenset(range(3)))
fs = frozenset([1, 2])
print(fs | {3}, fs & frozenset([2]), {fs: "key"}[frozenset([2, 1])], len(fs), 1 in fs)
print(frozenset(fs) is fs, type(frozenset(fs)).__name__)
try:
    frozenset([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset([], [])
except TypeError as e:
    print(type(e).__name__, e)
