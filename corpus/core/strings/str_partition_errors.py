# partition/rpartition: empty separator, non-str separator, arity
for name in ["partition", "rpartition"]:
    m = getattr("a=b", name)
    for args in [("",), (1,), (None,), (), ("=", "=")]:
        try:
            print(m(*args))
        except (TypeError, ValueError) as e:
            print(name, type(e).__name__, e)
