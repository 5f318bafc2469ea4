l = []
t = (l, 1)
l.append(t)
print(t)
print(l)
d = {}
t2 = (d,)
d[1] = t2
print(t2, d)
