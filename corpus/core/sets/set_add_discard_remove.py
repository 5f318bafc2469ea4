s = {1, 2}
s.add(3)
s.add(2)
s.add(2.0)
print(s, s.discard(1), s.discard(99), s)
s.remove(3)
print(s)
try:
    s.remove(42)
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.remove((1, 2))
except KeyError as e:
    print(type(e).__name__, e)
try:
    s.add([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.discard({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.add()
except TypeError as e:
    print(type(e).__name__, e)
s.discard({2})
s.add(frozenset({2}))
print(s, {2} in s, frozenset({2}) in s)
s.remove({2})
print(s)
