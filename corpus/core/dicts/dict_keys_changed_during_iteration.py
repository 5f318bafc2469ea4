d = {"a": 1, "b": 2}
try:
    for k in d:
        del d[k]
        d[k + "x"] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
print(d)
d = {1: 1}
it = iter(d)
d[2] = 2
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(attempt, type(e).__name__, e)
s = {1, 2}
it = iter(s)
s.add(3)
for attempt in range(2):
    try:
        next(it)
    except RuntimeError as e:
        print(attempt, type(e).__name__, e)
d = {1: 1, 2: 2}
r = reversed(d)
d.pop(1)
try:
    print(list(r))
except RuntimeError as e:
    print(type(e).__name__, e)
l = [1, 2, 3]
it = reversed(l)
l.clear()
print(list(it))
