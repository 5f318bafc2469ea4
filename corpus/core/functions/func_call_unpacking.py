def f(a, b, c, d=4, *rest, **kw):
    return (a, b, c, d, rest, kw)
args = [1, 2]
more = (3,)
opts = {"d": 40, "x": "y"}
print(f(*args, *more))
print(f(*args, *more, **opts))
print(f(0, *range(1, 6), z=1))
print(f(*"abc"))
print(f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, *[2], c=3, **{"e": 5}, **{"g": 7}))
print(f(*[1, 2, 3], *(), **{}))
