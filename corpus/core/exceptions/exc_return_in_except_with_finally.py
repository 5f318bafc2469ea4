# return in except, with finally that prints or overrides; excInfo is restored after
def a():
    try:
        raise ValueError("a")
    except ValueError:
        return "from except"
    finally:
        print("a finally")
def b():
    try:
        raise ValueError("b")
    except ValueError:
        return "from except"
    finally:
        return "from finally"
print(a())
print(b())
try:
    raise KeyError("after")
except KeyError as e:
    print(repr(e.__context__))
