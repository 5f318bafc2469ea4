it = iter([1])
print(next(it), next(it, "done"), next(it, None))
g = (x for x in "ab")
print(next(g), next(g), next(g, "end"))
for bad in ([1], "s", 5, None):
    try:
        next(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    next()
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]), 1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(iter([]))
except StopIteration as e:
    print(type(e).__name__, repr(e), e.args)
class Counter:
    def __init__(self):
        self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom")
        return self.n
c = Counter()
print(next(c), next(c), next(c, "dflt"))
