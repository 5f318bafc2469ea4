class Shape:
    sides = 0
    def __init__(self, name):
        self.name = name
    def describe(self):
        return f"{self.name} with {self.sides} sides, area {self.area()}"
    def area(self):
        return 0
class Square(Shape):
    sides = 4
    def __init__(self, side):
        Shape.__init__(self, "square")
        self.side = side
    def area(self):
        return self.side ** 2
class Triangle(Shape):
    sides = 3
print(Square(3).describe())
print(Triangle("tri").describe())
print(isinstance(Square(1), Shape), issubclass(Triangle, Square))
print(Square.__mro__)
print(Square.__bases__, Square.__name__)
