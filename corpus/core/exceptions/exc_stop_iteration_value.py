# StopIteration.value from the constructor and from a generator's return
print(StopIteration().value, StopIteration(5).value, StopIteration(1, 2).value)
def gen():
    yield 1
    return "done"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", repr(e.value), e.args)
it = iter([])
try:
    next(it)
except StopIteration as e:
    print("empty", repr(e.value), e.args)
e = StopIteration("x")
e.value = "y"
print(e.value, e.args)
