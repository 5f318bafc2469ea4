class Point:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return "Point(" + self.x + ")"
p = Point("1")
print(p)
print([Point(2)])
