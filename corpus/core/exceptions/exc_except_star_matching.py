# try/except*: splitting groups, wrapping naked exceptions, re-raising, raising new ones, else/finally
def show(label, f):
    try:
        f()
    except BaseException as e:
        print(label, "->", type(e).__name__, repr(e))
def a():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError as e:
        print("A got", repr(e))
    except* TypeError as e:
        print("A type", repr(e))
show("a", a)
def b():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("B got", repr(e))
show("b", b)
def c():
    try:
        raise KeyError("naked")
    except* KeyError as e:
        print("C got", repr(e), repr(e.exceptions))
show("c", c)
def d():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise
show("d", d)
def e():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError("new")
show("e", e)
def f():
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
show("f", f)
def g():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else ran")
    finally:
        print("finally ran")
show("g", g)
def h():
    try:
        raise ValueError("naked")
    except* TypeError:
        print("no")
show("h", h)
def i():
    try:
        raise ExceptionGroup("eg", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* TypeError:
        raise
    except* ValueError as v:
        print("i v", repr(v))
show("i", i)
try:
    raise KeyError("k")
except KeyError as k:
    print(repr(k.__context__))
