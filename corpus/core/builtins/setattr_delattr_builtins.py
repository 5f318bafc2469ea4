class C:
    pass
c = C()
setattr(c, "a", 1)
print(c.a, setattr(c, "b", [2]), c.b)
delattr(c, "a")
print(hasattr(c, "a"), c.b)
setattr(C, "cls_attr", "class")
print(c.cls_attr)
delattr(C, "cls_attr")
print(hasattr(c, "cls_attr"))
try:
    delattr(c, "a")
except AttributeError as e:
    print(type(e).__name__, e)
for args in ((c, 1, 2), (c, "x"), ()):
    try:
        setattr(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for target in (1, "s", [], None):
    try:
        setattr(target, "x", 1)
    except AttributeError as e:
        print(type(e).__name__, e)
try:
    delattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
