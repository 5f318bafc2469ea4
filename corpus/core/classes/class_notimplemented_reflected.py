class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        print("Meters.__add__ gives NotImplemented for", type(other).__name__)
        return NotImplemented
    def __radd__(self, other):
        print("Meters.__radd__ with", other)
        if other == 0:
            return self
        return NotImplemented
    def __repr__(self):
        return f"Meters({self.v})"
print(Meters(1) + Meters(2))
print(0 + Meters(5))
print(sum([Meters(1), Meters(2), Meters(3)]))
try:
    Meters(1) + "x"
except TypeError as e:
    print(e)
try:
    "x" + Meters(1)
except TypeError as e:
    print(e)
