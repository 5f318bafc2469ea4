s = set(range(10))
for x in list(s):
    if x % 2:
        s.remove(x)
print(s)
s.update([11, 13], (15,))
print(s)
for x in s:
    s.add(x + 100)
