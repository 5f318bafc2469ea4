def f(**kw):
    return kw
print(f(**{"a": 1}))
args = [1, 2]
print(f(*args))
