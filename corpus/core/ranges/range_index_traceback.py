r = range(0, 10, 2)
print(r.index(4))
print(r.index(5))
