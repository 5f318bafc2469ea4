class Acc:
    def __init__(self, items):
        self.items = items
    def __add__(self, other):
        print("__add__")
        return Acc(self.items + other.items)
class InPlace(Acc):
    def __iadd__(self, other):
        print("__iadd__")
        self.items += other.items
        return self
a = Acc([1])
orig = a
a += Acc([2])
print(a.items, a is orig)
b = InPlace([1])
orig = b
b += Acc([2])
print(b.items, b is orig)
class NoOps:
    pass
n = NoOps()
try:
    n += 1
except TypeError as e:
    print(e)
try:
    n -= 1
except TypeError as e:
    print(e)
