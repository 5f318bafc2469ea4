# startswith/endswith: bad prefix types, tuples with non-str items, arity
for name in ["startswith", "endswith"]:
    m = getattr("hello", name)
    for args in [(1,), (["h"],), (("h", 1),), ((1, "h"),), (None,), (), ("h", 0, 1, 2), ("h", "0"), ("h", 0, 1.5)]:
        try:
            print(name, m(*args))
        except TypeError as e:
            print(name, type(e).__name__, e)
