r = range(10, -10, -4)
print(list(r), len(r), r[0], r[-1], r[1:3], 2 in r, -6 in r, -10 in r)
print(list(range(5, 5, -1)), list(range(0, 5, -1)), list(range(-1, -5, -1)), list(reversed(range(1, 10, 3))))
print(range(10, 0, -3).index(4), range(0, -100, -7)[5])
