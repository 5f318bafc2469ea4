s = {frozenset({1, 2}), frozenset(), 3}
print({1, 2} in s, set() in s, {1} in s, frozenset({2, 1}) in s)
s.discard({1, 2})
print(len(s), frozenset({1, 2}) in s)
s.remove(set())
print(s)
try:
    s.remove({9})
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add({9})
except TypeError as e:
    print(type(e).__name__, e)
d = {frozenset("a"): 1}
try:
    print(d[{"a"}])
except TypeError as e:
    print(type(e).__name__, e)
