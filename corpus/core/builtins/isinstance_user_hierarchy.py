class Base:
    pass
class Mid(Base):
    pass
class Leaf(Mid):
    pass
class Other:
    pass
objs = [Base(), Mid(), Leaf(), Other(), 5, "s", None]
for o in objs:
    print(type(o).__name__, isinstance(o, Base), isinstance(o, (Other, Mid)), isinstance(o, (int, (str, (Leaf,)))), isinstance(o, object))
print(issubclass(Leaf, Base), issubclass(Base, Leaf), issubclass(Leaf, (Other, Mid)), issubclass(bool, int), issubclass(int, object))
try:
    issubclass(Leaf(), Base)
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(Leaf, 5)
except TypeError as e:
    print(type(e).__name__, e)
