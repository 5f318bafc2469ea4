names = ["a", "b", None]
index = {name.upper(): i for i, name in enumerate(names)}
