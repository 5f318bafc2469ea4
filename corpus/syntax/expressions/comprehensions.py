# conform: args -m ast -a
a = [x for x in range(10) if x if x > 1]
b = {x for x in range(3)}
c = {k: v for k, v in {}.items()}
d = (x for x in range(3))
e = [(x, y) for x in range(3) for y in range(3) if x != y]
f = [[y for y in range(x)] for x in range(3)]
g = sum(x for x in range(3))
h = [x for x, in [(1,)]]
i = [x for *x, y in [(1, 2)]]
j = [lambda: x for x in range(3)]
k = [x for x in [1] if (lambda: x)()]
