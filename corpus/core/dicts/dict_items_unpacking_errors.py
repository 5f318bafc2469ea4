d = {"ab": 1, "cd": 2}
for k, v in d:
    print(k, v)
try:
    for k, v in {"abc": 1}:
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    for k, v in {1: 2}:
        pass
except TypeError as e:
    print(type(e).__name__, e)
for (k, v) in d.items():
    print(k, v)
k, v = d.popitem()
print(k, v, d)
(key, value), = d.items()
print(key, value)
