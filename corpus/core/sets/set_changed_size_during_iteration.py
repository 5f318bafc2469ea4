s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
print(sorted(s))
t = {1, 2, 3}
try:
    for x in t:
        t.discard(x)
except RuntimeError as e:
    print(type(e).__name__, e)
print(t)
u = {1, 2, 3}
for x in u:
    u.discard(x)
    u.add(x)
print(u)
