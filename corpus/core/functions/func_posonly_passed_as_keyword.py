def f(a, b, /, c):
    return a, b, c
print(f(1, 2, 3), f(1, 2, c=3))
for kw in [{"a": 1}, {"a": 1, "b": 2}, {"b": 2, "a": 1}]:
    try:
        f(**kw, c=3)
    except TypeError as e:
        print(e)
def g(a, /, **kw):
    return a, kw
print(g(1, a=2, b=3))
def h(x, /):
    return x
try:
    h(x=1)
except TypeError as e:
    print(e)
