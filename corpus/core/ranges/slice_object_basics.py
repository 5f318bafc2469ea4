s = slice(1, 10, 2)
print(s, repr(s), s.start, s.stop, s.step)
print(slice(5), slice(None), slice(1, None), slice("a", [1], None), slice(1, 2, -1))
print(slice(3).start, slice(3).stop, slice(3).step)
xs = list(range(12))
print(xs[s], xs[slice(3)], xs[slice(None, None, -3)], "abcdef"[slice(1, -1)], (1, 2, 3)[slice(1, None)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) < slice(1, 3), slice(1, 2, 3) == slice(1, 2))
try:
    slice()
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, 3, 4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.start = 4
except AttributeError as e:
    print(type(e).__name__, e)
