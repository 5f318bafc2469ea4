d = {"a": 1}
d["self"] = d
print(d)
e = {"list": [d], "t": (d,)}
print(e)
l = [d]
d["l"] = l
print(d)
print(repr({1: {2: {3: {}}}}), str({"k": "v'q"}))
