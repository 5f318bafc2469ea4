# conform: args -m ast -a
a, *b = range(5)
*a, b = range(5)
a, *b, c = range(5)
[a, *b] = range(5)
(a, *b), c = (1, 2, 3), 4
for x, *y in [(1, 2, 3)]:
    pass
print(*a, *b, sep="")
f(*args, **kwargs)
f(*args, x=1, *more, **kw)
f(a, *b, c, d=1, **e, g=2)
t = *a, *b
s = {*a, *b}
l = [*a, *b]
d = {**x, **y, 'z': 1}
def r():
    return *a, *b
def y():
    yield *a, *b
x = a[*b]
x = a[1:2, *b]
for x in *a, *b:
    pass
