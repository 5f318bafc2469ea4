a, *b, c = [1, 2]
print(a, b, c)
d, e, *f = [1]
