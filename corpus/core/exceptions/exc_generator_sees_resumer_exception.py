# a generator handling nothing sees what its resumer handles (context, bare raise)
def regen():
    yield 1
    raise
g = regen()
next(g)
try:
    raise KeyError("resumer's")
except KeyError:
    try:
        next(g)
    except KeyError as e:
        print("re-raised", repr(e))
def plain():
    yield 1
    raise
p = plain()
next(p)
try:
    next(p)
except RuntimeError as e:
    print(e)
def gen():
    yield 1
    raise ValueError("from gen")
g = gen()
next(g)
try:
    raise KeyError("caller handling")
except KeyError:
    try:
        next(g)
    except ValueError as e:
        print(repr(e.__context__))
def gen2():
    try:
        raise TypeError("gen handling")
    except TypeError:
        yield "suspended in handler"
        raise IndexError("after resume")
g2 = gen2()
print(next(g2))
try:
    raise KeyError("caller 2")
except KeyError:
    try:
        next(g2)
    except IndexError as e:
        print(repr(e.__context__), repr(e.__context__.__context__))
