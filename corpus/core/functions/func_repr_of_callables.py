def shown(x):
    return x
r = repr(shown)
print(r.startswith("<function shown at 0x"), r.endswith(">"))
class Box:
    def __repr__(self):
        return "Box()"
    def open(self):
        pass
print(repr(Box().open))
print(repr(Box.open).split(" at ")[0])
print(repr(lambda: 0).split(" at ")[0])
def outer():
    def inner():
        pass
    return inner
print(str(outer()).split(" at ")[0])
print(repr(len), repr(print))
print(repr([].append).split(" at ")[0])
print(repr(Box))
