# center/ljust/rjust/zfill: width and fill character errors
for name in ["center", "ljust", "rjust"]:
    m = getattr("abc", name)
    for args in [(), (5, "ab"), (5, ""), (5, 1), (5.0,), ("5",), (5, "*", 1), (2**63,), (5, "😀😀")]:
        try:
            print(name, repr(m(*args)))
        except (TypeError, ValueError, OverflowError) as e:
            print(name, type(e).__name__, e)
for args in [(), (5.0,), ("5",), (1, 2), (None,), (2**64,)]:
    try:
        print(repr("abc".zfill(*args)))
    except (TypeError, OverflowError) as e:
        print("zfill", type(e).__name__, e)
