class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, o):
        if not isinstance(o, Pt):
            return NotImplemented
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
x, y = Pt(3, 4)
print(x, y, Pt(1, 2) == Pt(1, 2), Pt(1, 2) == (1, 2), {Pt(1, 2), Pt(1, 2)}.__len__(), dict(a=Pt(0, 0))["a"] == Pt(0, 0))
print(Pt(1, 2) in [Pt(1, 2)], [Pt(1, 2)].index(Pt(1, 2)), [Pt(0, 0), Pt(1, 1)].count(Pt(1, 1)))
