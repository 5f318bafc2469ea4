xs = list(range(10))
print(xs[::-1], xs[-1:-4:-1], xs[8:2:-2], xs[100:], xs[-100:3], xs[3:-3], xs[::4], xs[5::-2], xs[:5:-2])
print(xs[2:2], xs[5:1], xs[-1:0:-3], xs[None:None], xs[1:None:3], xs[::-100], xs[9:100:-1])
ys = xs[:]
ys[0] = "changed"
print(xs[0], ys[0], xs[:] == xs, xs[:] is xs)
print([][::-1], [1][5:], [1, 2][-5:-4])
