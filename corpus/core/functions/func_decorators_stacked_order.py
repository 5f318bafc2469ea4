def tag(name):
    print("make", name)
    def deco(fn):
        print("apply", name, "to", fn.__name__)
        def wrapped(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        wrapped.__name__ = fn.__name__
        return wrapped
    return deco
@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s
print(text("hi"))
print(text.__name__, text.__qualname__)
