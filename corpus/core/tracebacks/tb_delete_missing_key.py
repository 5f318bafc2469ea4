cache = {"a": 1}
del cache["b"]
