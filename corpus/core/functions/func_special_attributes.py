def f(a, b=1, *args, c, d=2, **kw):
    "Docstring of f."
    x = a
    return x
print(f.__name__, f.__qualname__, f.__module__)
print(f.__doc__)
print(f.__defaults__, f.__kwdefaults__)
def bare(a):
    pass
print(bare.__defaults__, bare.__kwdefaults__, bare.__doc__)
print(f.__dict__, bare.__closure__)
print(type(f).__name__, type(f.__code__).__name__)
