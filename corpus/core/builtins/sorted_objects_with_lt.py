class Card:
    def __init__(self, rank, name):
        self.rank = rank
        self.name = name
    def __lt__(self, other):
        return self.rank < other.rank
    def __repr__(self):
        return self.name
cards = [Card(3, "c3"), Card(1, "c1a"), Card(2, "c2"), Card(1, "c1b")]
print(sorted(cards), sorted(cards, reverse=True))
print(min(cards), max(cards))
print(sorted(cards, key=lambda c: c.name))
class NoLt:
    pass
try:
    sorted([NoLt(), NoLt()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(NoLt(), NoLt())
except TypeError as e:
    print(type(e).__name__, e)
