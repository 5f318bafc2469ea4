pairs = [("a", 1), ("b", 2, 3)]
d = dict(pairs)
