class Point:
    def __init__(self, x, y=0):
        self.x, self.y = x, y
tests = [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=2), lambda: Point(1, x=2)]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
class Empty:
    pass
for t in [lambda: Empty(1), lambda: Empty(a=1)]:
    try:
        t()
    except TypeError as e:
        print(e)
print(Empty().__class__.__name__)
