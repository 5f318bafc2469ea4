s = set(range(8))
for x in [1, 3, 5]:
    s.discard(x)
print(s)
s.add(9)
s.add(17)
print(s)
s.update(range(20, 30))
print(s)
for x in range(20, 28):
    s.remove(x)
print(s)
s.add(1)
print(s, len(s))
