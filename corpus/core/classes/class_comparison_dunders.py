class Ver:
    def __init__(self, *parts):
        self.parts = parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __eq__(self, o):
        return self.parts == o.parts
    def __repr__(self):
        return "Ver" + repr(self.parts)
vs = [Ver(1, 2), Ver(1, 0), Ver(0, 9)]
print(sorted(vs))
print(Ver(1) < Ver(2), Ver(2) > Ver(1), Ver(1) >= Ver(1), max(vs))
print(Ver(1) < 3)
