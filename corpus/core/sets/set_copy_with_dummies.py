# Copies, unions and merges of sets whose tables hold deleted (dummy) entries.
s = set(range(0, 400, 7))
for x in range(0, 400, 14):
    s.discard(x)
print(s.copy())
print(set(s), frozenset(s))
t = {1, 2}
t.update(s)
print(t)
u = set(range(100))
for x in range(95):
    u.discard(x)
print(u, u.copy(), set(u) | {1000}, u & set(range(90, 200)), u - {96}, u ^ {1, 99})
print({x: 1 for x in u}, list(dict.fromkeys(u)))
v = set()
for i in range(50):
    v.add(i * 32)
    v.discard(i * 32 - 64)
print(v, len(v))
w = set(range(10))
w.clear()
w.add(5)
print(w, w.pop(), w)
