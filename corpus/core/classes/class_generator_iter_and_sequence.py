class Deck:
    def __init__(self):
        self.cards = list(range(5))
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __iter__(self):
        for c in self.cards:
            yield c * 10
    def __reversed__(self):
        return iter(self.cards[::-1])
d = Deck()
print(len(d), d[1], d[-1], d[1:3], list(d), list(reversed(d)), 20 in d)
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
print(list(reversed(Seq())), sorted(Seq(), reverse=True), enumerate(Seq()).__next__())
