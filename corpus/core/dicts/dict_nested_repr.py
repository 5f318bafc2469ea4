d = {"list": [1, 2, {"inner": (3, 4)}], "none": None, "f": 1.5, 2: "two"}
print(d)
print(repr(d["list"]))
print(str(d))
d["self"] = d
print(d)
print({"a": {"b": {"c": {}}}})
print({1: -0.0, 2: float("inf"), 3: 1e16, 4: 2 ** 70})
