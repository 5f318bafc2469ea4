class Circle:
    def __init__(self, r):
        self._r = r
    @property
    def radius(self):
        return self._r
    @radius.setter
    def radius(self, v):
        if v < 0:
            raise ValueError("negative radius")
        self._r = v
    @property
    def diameter(self):
        return self._r * 2
c = Circle(2)
print(c.radius, c.diameter)
c.radius = 5
print(c.radius, c.diameter)
try:
    c.radius = -1
except ValueError as e:
    print(e)
try:
    c.diameter = 3
except AttributeError as e:
    print(e)
print(type(Circle.radius).__name__)
