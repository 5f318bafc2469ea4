# exceptions raised in and caught around generators
def gen():
    try:
        yield 1
        yield 2
        raise ValueError("inside generator")
    except ValueError as e:
        yield "handled " + str(e)
    yield 3
print(list(gen()))
def failing():
    yield 1
    raise KeyError("late")
g = failing()
out = []
try:
    for x in g:
        out.append(x)
except KeyError as e:
    print("caught", repr(e), out)
print(next(g, "exhausted"))
def ctx():
    try:
        raise TypeError("outer")
    except TypeError:
        yield 1
        raise ValueError("from generator")
try:
    list(ctx())
except ValueError as e:
    print(repr(e), repr(e.__context__))
