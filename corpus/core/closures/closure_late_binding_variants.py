adders = [lambda x: x + i for i in range(3)]
print([a(10) for a in adders])
fixed = [lambda x, i=i: x + i for i in range(3)]
print([a(10) for a in fixed])
def make_all():
    out = []
    n = 0
    while n < 3:
        out.append(lambda: n)
        n += 1
    return out
print([f() for f in make_all()])
def snapshot():
    fs = {}
    for name in ["a", "b"]:
        def show(name=name):
            return name.upper()
        fs[name] = show
    return fs
print({k: v() for k, v in snapshot().items()})
