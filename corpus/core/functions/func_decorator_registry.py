registry = {}
def register(fn):
    registry[fn.__name__] = fn
    return fn
@register
def alpha():
    return "A"
@register
def beta():
    return "B"
print(sorted(registry), registry["alpha"](), beta())
def counted(fn):
    def inner(*a, **k):
        inner.calls += 1
        return fn(*a, **k)
    inner.calls = 0
    return inner
@counted
def ping():
    return "pong"
ping(); ping(); ping()
print(ping.calls, ping.__name__, ping.__dict__)
