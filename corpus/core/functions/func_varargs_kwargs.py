def show(*args, **kwargs):
    print(args, kwargs)
show()
show(1, 2)
show(a=1)
show(1, *[2, 3], x=4, **{"y": 5})
def mixed(a, b=0, *rest, c, d=4, **kw):
    print(a, b, rest, c, d, kw)
mixed(1, c=3)
mixed(1, 2, 3, 4, c=5, e=6)
mixed(*(1, 2), **{"c": 9, "d": 8})
