# return/break/continue/raise through except, finally and nested handlers; what is handled afterwards
def f():
    try:
        return "try"
    finally:
        raise ValueError("finally raise after return")
try:
    f()
except ValueError as e:
    print(repr(e), repr(e.__context__))
def g():
    for i in range(3):
        try:
            continue
        finally:
            print("finally", i)
g()
def h():
    while True:
        try:
            break
        finally:
            print("h finally")
    return "h done"
print(h())
def k():
    try:
        try:
            raise ValueError("a")
        except ValueError:
            return "returned from except"
    finally:
        print("k outer finally")
print(k())
try:
    raise KeyError("after k")
except KeyError as e:
    print(repr(e.__context__))
def m():
    try:
        raise ValueError("m")
    except ValueError:
        for i in range(2):
            try:
                raise TypeError(i)
            except TypeError as t:
                print("inner", repr(t), repr(t.__context__))
                continue
        raise
try:
    m()
except ValueError as e:
    print("m reraised", repr(e), repr(e.__context__))
def n():
    x = 0
    while x < 3:
        x += 1
        try:
            if x == 2:
                raise ValueError(x)
        except ValueError:
            continue
        finally:
            print("n finally", x)
    return x
print(n())
def p():
    try:
        yield 1
    finally:
        print("gen finally")
for v in p():
    print("got", v)
def q():
    try:
        raise ValueError("q")
    except ValueError as e:
        def inner():
            raise TypeError("inner")
        try:
            inner()
        except TypeError as t:
            return repr(t.__context__)
print(q())
def r():
    try:
        1/0
    except ZeroDivisionError:
        try:
            raise
        except ZeroDivisionError as z:
            return repr(z.__context__)
print(r())
def s():
    e1 = ValueError(1)
    try:
        raise e1
    except ValueError:
        try:
            raise e1
        except ValueError as again:
            return again is e1, repr(again.__context__)
print(s())
