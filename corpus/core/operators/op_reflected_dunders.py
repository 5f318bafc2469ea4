class Meters:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        if isinstance(o, (int, float)):
            return Meters(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return self.__add__(o)
    def __repr__(self):
        return f"{self.v}m"
print(Meters(2) + Meters(3), Meters(2) + 1.5, 4 + Meters(1))
print(sum([Meters(1), Meters(2)], Meters(0)))
print(sum([Meters(1), Meters(2)]))
print(Meters(1) + "x")
