print({(1, (2, 3))}, {frozenset({1})}, frozenset({frozenset()}), {None}, {""}, {()})
class Box:
    def __init__(self):
        self.s = set()
    def __repr__(self):
        return "Box(" + repr(self.s) + ")"
    def __hash__(self):
        return 1
b = Box()
b.s.add(b)
print(b, b.s)
