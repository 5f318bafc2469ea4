def show(tag):
    print("eval", tag)
    return tag
def f(*args, **kwargs):
    return args, kwargs
print(f(show(1), show(2), k=show(3), *[show(4)], **{"z": show(5)}))
def g(a, b):
    return a, b
print(g(b=show("b"), a=show("a")))
show("callee")(*[]) if False else None
obj = {"fn": lambda x: x}
print(obj[show("key")](show("arg")))
