class Shape:
    class Meta:
        pass
    def area(self):
        return 0
s = Shape()
print(type(s), Shape, Shape.Meta, type(s).__name__, s.__class__.__name__)
print(Shape.__name__, Shape.__qualname__, Shape.Meta.__qualname__, Shape.__module__)
print(repr(Shape), str(Shape))
print(type(s) == Shape, s.__class__ is Shape, type(Shape.area).__name__, type(s.area).__name__)
def make():
    class Local:
        pass
    return Local
L = make()
print(L, L.__qualname__, L())  if False else print(L, L.__qualname__)
print(int, type(3), type(None), type(len), type(print).__name__)
