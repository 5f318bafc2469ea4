# handlers inside generators: suspended in except/finally, re-raise, and what the caller handles meanwhile
def g():
    try:
        yield 1
        raise ValueError("in gen")
    except ValueError as e:
        yield "handled " + str(e)
        raise
    finally:
        yield "finally"
it = g()
print(next(it), next(it), next(it))
try:
    next(it)
except ValueError as e:
    print("propagated", e)
def h():
    try:
        raise KeyError("k")
    except KeyError:
        yield 1
        yield 2
x = h()
print(next(x))
try:
    raise TypeError("outside")
except TypeError as t:
    print(next(x), repr(t.__context__))
try:
    raise RuntimeError("after")
except RuntimeError as r:
    print(repr(r.__context__))
def k():
    try:
        try:
            raise ValueError(1)
        except ValueError as e:
            del e
            raise TypeError(2)
    except TypeError as t:
        return repr(t.__context__)
print(k())
def m():
    try:
        raise ValueError("m")
    except ValueError as e:
        e = "rebound"
    return "ok"
print(m())
class Ctx(Exception):
    def __init__(self):
        super().__init__("ctx")
        self.count = 0
try:
    try:
        raise Ctx()
    except Ctx as c:
        c.count += 1
        raise
except Ctx as c2:
    print(c2.count, c2)
