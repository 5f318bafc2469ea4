# StopIteration raised inside a generator becomes RuntimeError (PEP 479)
def gen():
    yield 1
    raise StopIteration("inner")
g = gen()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__suppress_context__)
def gen2():
    yield 1
    next(iter([]))
print(list(gen2()) if False else "skip")
g2 = gen2()
next(g2)
next(g2)
