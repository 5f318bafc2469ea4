print(list(zip()), list(zip("ab")), list(zip("abc", [1, 2])), list(zip(range(3), "xyz", (True, False, None))))
print(dict(zip(["k1", "k2"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip("ab", "cd", strict=True)), list(zip(strict=True)))
z = zip([1], [2])
print(next(z), iter(z) is z, list(z))
for args in (("abc", "ab"), ("ab", "abc"), ("a", "a", "ab"), ("ab", "ab", "a")):
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    zip(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip("a", 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    zip("a", foo=1)
except TypeError as e:
    print(type(e).__name__, e)
