d = {"a": 1, 2: "b", (3, 4): None, None: 0}
print("a" in d, 2 in d, 2.0 in d, (3, 4) in d, None in d, 1 in d, "b" in d, "a" not in d)
print(len(d), len({}), bool({}), bool({0: 0}))
d[2] = "again"
print(len(d), d)
