s = set()
for i in range(0, 200, 13):
    s.add(i)
    if i in (52, 104, 156):
        print(s)
print(s)
t = {x * 8 for x in range(10)}
print(t)
u = set()
for i in [64, 32, 16, 8, 0, 128]:
    u.add(i)
print(u)
