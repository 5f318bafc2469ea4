print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate("ab", start=-2)))
print(list(enumerate([], 5)), list(enumerate(range(3), 2**64)))
e = enumerate(["x", "y"])
print(next(e), next(e))
try:
    next(e)
except StopIteration as ex:
    print("StopIteration", ex.args)
print(iter(e) is e)
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, a, b)
for args, kw in (((), {}), ((5,), {}), (("a", "b"), {}), (("a",), {"begin": 1}), (("a", 1, 2), {})):
    try:
        enumerate(*args, **kw)
    except TypeError as e:
        print(type(e).__name__, e)
