it = iter(range(3))
print(next(it), next(it), next(it), next(it, "done"))
total = 0
for i in range(10, 0, -2):
    total += i
print(total)
print([i * i for i in range(5)], list(enumerate(range(3, 6))), list(zip(range(3), range(10, 13))))
r = range(4)
print(list(r), list(r), list(map(str, r)))
