# conform: args -m ast -a
a = 1 + 2 * 3 ** -4 // 5 % 6 @ m
b = x << 1 >> 2 & 3 | 4 ^ 5
c = not a and b or c
d = a < b <= c > d >= e == f != g
e = a is b is not c in d not in e
f = -a ** -b
g = ~a + +b - -c
h = (a if b else c) if d else e
i = lambda: (yield)
j = a if b else lambda: c
k = await_ = 1
l = x[1:2], x[::], x[1:2:3], x[:, 1], x[...]
m = a.b.c(d)[e](f=g)
n = a[b][c].d
