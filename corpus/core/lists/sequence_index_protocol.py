class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
xs = [10, 20, 30, 40]
print(xs[I(1)], xs[I(1):I(3)], xs[::I(2)], (1, 2, 3)[I(-1)], "abc"[I(0)], range(10)[I(3)], range(I(3)), range(I(1), I(9), I(2)))
print(xs * I(2), I(2) * [1] if False else "-", xs.pop(I(0)), xs, xs.index(30, I(0)), slice(I(1)).indices(I(5)))
xs.insert(I(0), 5)
xs[I(0)] = 6
del xs[I(0)]
print(xs, (1, 2) * I(2), [0] * I(3), xs[I(-1)])
class BadIdx:
    def __index__(self): return "x"
try:
    xs[BadIdx()]
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    def __index__(self): raise ValueError("nope")
try:
    xs[Raises()]
except ValueError as e:
    print(type(e).__name__, e)
try:
    range(Raises())
except ValueError as e:
    print(type(e).__name__, e)
class Len:
    def __len__(self): return 3
print(len(Len()), bool(Len()))
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class HugeLen:
    def __len__(self): return 2**70
try:
    len(HugeLen())
except OverflowError as e:
    print(type(e).__name__, e)
