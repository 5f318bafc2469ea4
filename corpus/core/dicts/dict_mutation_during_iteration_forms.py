d = {1: 1, 2: 2}
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: 1, 2: 2}
try:
    for v in d.values():
        d[v + 10] = v
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
try:
    for kv in d.items():
        d.pop(1)
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 100
print(d)
d = {1: 1}
try:
    for k in d:
        d.clear()
        d[5] = 5
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
