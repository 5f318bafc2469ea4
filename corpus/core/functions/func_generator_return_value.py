def gen():
    yield 1
    return "done"
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as s:
    print("value", repr(s.value), s.args)
try:
    next(g)
except StopIteration as s:
    print("again", repr(s.value), s.args)
def plain():
    yield 1
p = plain()
next(p)
print(next(p, "default"))
h = gen()
next(h)
next(h)
