data = {"a": [1, 2, 3]}
x = data["a"][10]
