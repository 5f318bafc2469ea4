d = {"a": 1, "b": 2}
for k in d:
    d[k] = d[k] * 10
print(d)
for k in d:
    d["new_" + k] = 0
