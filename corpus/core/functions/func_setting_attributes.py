def f():
    return f.counter
f.counter = 10
f.tags = ["a"]
print(f(), f.tags, f.__dict__)
del f.tags
print(f.__dict__)
try:
    f.missing
except AttributeError as e:
    print(e)
try:
    del f.missing
except AttributeError as e:
    print(e)
f.__doc__ = "new doc"
f.__qualname__ = "Renamed.f"
f.__module__ = "elsewhere"
print(f.__doc__, f.__qualname__, f.__module__)
f.__kwdefaults__ = {"k": 1}
print(f.__kwdefaults__)
f.__defaults__ = None
print(f.__defaults__)
