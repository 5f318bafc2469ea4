class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: {type(self).__name__} is frozen")
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}")
f = Frozen(3)
print(f.x)
try:
    f.x = 4
except AttributeError as e:
    print(e)
try:
    del f.x
except AttributeError as e:
    print(e)
class Logged:
    def __setattr__(self, name, value):
        print("set", name, "=", value)
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
l = Logged()
l.name = "ann"
l.age = 3
print(l.name, l.age)
setattr(l, "city", "oslo")
print(l.city)
try:
    object.__setattr__(l, 5, 1)
except TypeError as e:
    print(e)
f.x = 5
