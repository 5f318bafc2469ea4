print(list(range(5)), list(range(2, 8, 2)), list(range(5, 0, -1)), list(range(0)))
r = range(1, 20, 3)
print(r, len(r), r[2], r[-1], 7 in r, 8 in r)
print(r[1:3], r.index(10), r.count(4))
total = 0
for i in range(1, 101):
    total += i
print(total)
print(range(10)[::-1])
print(range(0, 10, 0))
