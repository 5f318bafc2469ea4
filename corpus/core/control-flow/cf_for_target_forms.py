class Holder:
    pass
h = Holder()
for h.value in [1, 2, 3]:
    pass
print(h.value)
slots = [0, 0]
for slots[0] in "ab":
    print(slots)
d = {}
for d["k"], d["v"] in [(1, 2), (3, 4)]:
    pass
print(d)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for _ in range(2):
    pass
print(_)
