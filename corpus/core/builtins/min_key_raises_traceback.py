def key(x):
    return x["k"]
rows = [{"k": 2}, {"j": 1}]
print(min(rows, key=key))
