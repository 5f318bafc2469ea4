class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int, not {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)
class Point:
    x = Typed()
    y = Typed()
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y, type(Point.x).__name__)
p.__dict__
try:
    p.x = "3"
except TypeError as e:
    print(e)
del p.x
print(p.x)
class Constant:
    def __init__(self, v):
        self.v = v
    def __get__(self, obj, owner):
        return self.v if obj is not None else f"class access via {owner.__name__}"
class C:
    answer = Constant(42)
c = C()
print(c.answer, C.answer)
c.answer = "shadow"
print(c.answer)
