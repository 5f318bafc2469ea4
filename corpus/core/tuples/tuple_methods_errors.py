t = (5, 6, 7)
print(t.index(7))
print(t.index(5, 0, 1))
t.index(8)
