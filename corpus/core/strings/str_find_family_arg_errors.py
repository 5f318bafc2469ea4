# find/rfind/index/rindex/count: argument count and type errors
for name in ["find", "rfind", "index", "rindex", "count"]:
    m = getattr("abcabc", name)
    for args in [(), ("a", 1, 2, 3), (1,), (None,), ("a", "1"), ("a", 0, 1.5), ("a", None, "x")]:
        try:
            print(name, m(*args))
        except (TypeError, ValueError) as e:
            print(name, type(e).__name__, e)
