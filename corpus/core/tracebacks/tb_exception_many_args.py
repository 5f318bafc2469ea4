raise KeyError("a", 1, None)
