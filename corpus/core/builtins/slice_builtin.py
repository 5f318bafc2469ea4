s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), slice(1, None), slice("a", "b"))
print([0, 1, 2, 3, 4, 5][slice(1, 5, 2)], "abcdef"[slice(None, None, -1)], (1, 2, 3)[slice(-2, None)])
print(s.indices(5), slice(None, None, -1).indices(4), slice(-100, 100).indices(3))
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
for args in ((), (1, 2, 3, 4)):
    try:
        slice(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    slice(0, 1, 0).indices(3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1, 2][::0]
except ValueError as e:
    print(type(e).__name__, e)
