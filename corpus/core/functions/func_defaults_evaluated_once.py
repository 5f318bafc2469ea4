calls = []
def make_default(tag):
    calls.append(tag)
    return tag * 2
def f(x=make_default("a"), *, y=make_default("b")):
    return x, y
print(calls)
print(f(), f(), f(1, y=2))
print(calls)
def g(seen={}):
    seen[len(seen)] = True
    return len(seen)
print(g(), g(), g())
print(g.__defaults__)
