s = slice(2)
print(s.start, s.stop, s.step, repr(s))
s3 = slice(-1, None, -2)
data = list(range(10))
print(data[s3], "abcdef"[s3], tuple(data)[s3])
print(slice(1, 5).indices(3), slice(None, None, 2).indices(7), slice(-3, None).indices(10), slice(10, -10, -1).indices(4))
print(slice(1, 2, 3) == slice(1, 2, 3), slice(1, 2) != slice(1, 2, None))
try:
    hash(slice(1, 2))
    print("hashable")
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1, 2, "x").indices(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    slice(1).indices(-1)
except ValueError as e:
    print(type(e).__name__, e)
