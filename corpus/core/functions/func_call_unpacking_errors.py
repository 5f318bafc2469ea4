def f(*args, **kw):
    return args, kw
tests = [
    lambda: f(**1),
    lambda: f(*1),
    lambda: f(**[1, 2]),
    lambda: f(*None),
    lambda: f(**{"a": 1}, **{"a": 2}),
    lambda: f(a=1, **{"a": 2}),
    lambda: f(**{1: 2}),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
