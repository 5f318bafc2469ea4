def run():
    total = 0
    calls = 0
    def step(v):
        nonlocal total, calls
        total += v
        calls += 1
    for v in [3, 4, 5]:
        step(v)
    return total, calls
print(run())
def deco_count(fn):
    n = 0
    def wrapped(*a):
        nonlocal n
        n += 1
        return fn(*a), n
    return wrapped
@deco_count
def double(x):
    return x * 2
print(double(1), double(2), double(3))
