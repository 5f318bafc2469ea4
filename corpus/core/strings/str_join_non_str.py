print("+".join(["1", "2"]))
parts = ["a", 2, "c"]
print("|".join(parts))
