# str.__new__ checks its class argument, then constructs like str()
for t in [lambda: str.__new__(str, "x"), lambda: str.__new__(str), lambda: str.__new__(str, b"ab", "ascii"), lambda: "q".__new__(str, 5), lambda: str.__new__(int, 1), lambda: str.__new__(1), lambda: str.__new__(), lambda: str.__new__(str, object="k")]:
    try:
        print(repr(t()))
    except TypeError as e:
        print(type(e).__name__, e)
