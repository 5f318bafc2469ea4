d = {k: v for k, v in [("b", 1), ("a", 2), ("b", 3)]}
print(d)
pairs = {1: "int", 1.0: "float", True: "bool"}
print(pairs)
print({k: k for k in [1, 1.0, True]})
counts = {}
text = "mississippi"
print({c: text.count(c) for c in text})
