class Thing:
    kind = "thing"
    def __init__(self):
        self.size = 1
t = Thing()
for name in ["size", "kind", "color"]:
    try:
        print(name, getattr(t, name))
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    Thing.color
except AttributeError as e:
    print(e)
print(getattr(t, "color", "default"), hasattr(t, "kind"), hasattr(t, "nope"))
setattr(t, "color", "red")
print(t.color, t.__dict__)
delattr(t, "color")
print(t.__dict__)
