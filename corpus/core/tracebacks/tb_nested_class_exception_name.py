class Outer:
    class Error(LookupError):
        pass
def f():
    raise Outer.Error("nested class")
f()
