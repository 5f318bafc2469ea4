cases = [("%s %s", ("one",)), ("%s", ("a", "b")), ("no spec", 5), ("%d", ()), ("%s", ()), ("%s %s", "ab"), ("x", ()), ("x", []), ("x", {})]
for fmt, args in cases:
    try:
        print(repr(fmt % args))
    except TypeError as e:
        print(repr(fmt), type(e).__name__, e)
print("%s" % [1, 2], "%s" % ((1, 2),))
