d = {"only": 1}
print(d.popitem())
print(d)
try:
    d.pop("missing")
except KeyError as e:
    print("KeyError", e)
d.popitem()
