print(set(), set([3, 1, 2, 1]), set("aab") == {"a", "b"}, set(range(4)), set({"k": 1}), set((1, 1.0, True)))
s = set([1])
t = set(s)
t.add(2)
print(s, t, t is s)
for args in ((5,), ([[1]],), ([], [])):
    try:
        set(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    set(iterable=[])
except TypeError as e:
    print(type(e).__name__, e)
