d = {"a": 1, "b": 2}
print(len(d.keys()), len(d.values()), len(d.items()), len(range(-5, 5, 2)), len(range(10**20)) if False else len(range(2**40)))
class Bag:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Bag(0)), len(Bag(3)), bool(Bag(0)), bool(Bag(2)), len(Bag(True)))
try:
    len(range(2**64))
except OverflowError as e:
    print(type(e).__name__, e)
class NoLen:
    pass
try:
    len(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(len)
except TypeError as e:
    print(type(e).__name__, e)
