s = set()
for i in range(20):
    s.add(i * 7)
print(s)
for i in range(0, 20, 3):
    s.discard(i * 7)
print(s)
s.add(1000)
s.add(3)
print(s)
t = {5, 13, 21}
t.remove(13)
t.add(29)
print(t)
print(len(s), 7 in s, 0 in s)
