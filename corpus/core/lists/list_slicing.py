xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[::3], xs[::-1], xs[8:2:-2])
print(xs[-3:], xs[:-7], xs[100:], xs[-100:2])
ys = xs[:]
ys[2:5] = ["a"]
print(ys)
ys[:0] = [-1, -2]
print(ys)
del ys[::2]
print(ys)
zs = [0, 1, 2, 3]
zs[1:3] = []
print(zs)
zs[::2] = [8]
