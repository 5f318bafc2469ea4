d = {"a": 1}
print(d.get("a", 0))
print(d.get())
