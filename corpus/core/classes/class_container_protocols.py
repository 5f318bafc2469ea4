class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
    def __bool__(self):
        return bool(self.items)
b = Bag(3, 1, 2)
print(len(b), b[0], b[-1], 2 in b, 9 in b)
print(bool(b), bool(Bag()))
for x in b:
    print("iter", x)
print(list(b))
if not Bag():
    print("empty bag is falsy")
print(b[10])
