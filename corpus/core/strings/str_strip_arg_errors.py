# strip/lstrip/rstrip: one optional str or None argument
for name in ["strip", "lstrip", "rstrip"]:
    m = getattr("  abc  ", name)
    for args in [(1,), (b"a",), (["a"],), ("a", "b")]:
        try:
            print(m(*args))
        except TypeError as e:
            print(type(e).__name__, e)
