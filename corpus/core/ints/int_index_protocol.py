class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
items = ['a', 'b', 'c', 'd']
print(items[Idx(2)], items[Idx(-1)])
print(items[Idx(1):Idx(3)])
print(hex(Idx(255)), bin(Idx(5)), oct(Idx(8)))
print(list(range(Idx(3))))
print(int(Idx(7)), (10).__index__(), True.__index__())
print(round(1234.5, Idx(-2)))
print((1).to_bytes(Idx(2), 'big'))
class Bad:
    def __index__(self):
        return 'x'
try:
    hex(Bad())
except TypeError as e:
    print(type(e).__name__, e)
try:
    f = 1.0
    [1, 2][f]
except TypeError as e:
    print(type(e).__name__, e)
