xs = [1, 2, 3, 4, 5, 6]
for x in xs:
    if x % 2 == 0:
        xs.remove(x)
print(xs)
ys = [1, 2, 3]
out = []
for y in ys:
    out.append(y)
    if y == 1:
        ys.append(4)
print(out, ys)
zs = [1, 2, 3]
it = iter(zs)
next(it)
zs.clear()
print(list(it), zs)
