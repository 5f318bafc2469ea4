def f(a=1):
    pass
tests = [
    ("__name__", 1),
    ("__qualname__", None),
    ("__defaults__", [1]),
    ("__kwdefaults__", 5),
    ("__dict__", 3),
    ("__code__", 3),
]
for name, value in tests:
    try:
        setattr(f, name, value)
    except TypeError as e:
        print(name, "TypeError", e)
try:
    f.__closure__ = ()
except AttributeError as e:
    print("AttributeError", e)
try:
    del f.__name__
except TypeError as e:
    print("TypeError", e)
print(f.__name__, f.__defaults__)
