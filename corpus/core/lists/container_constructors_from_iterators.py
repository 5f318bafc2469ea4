def gen():
    yield 1
    yield 2
    raise ValueError("boom")
for ctor in [list, tuple, set, frozenset, sorted, sum, max, min]:
    try:
        ctor(gen())
    except ValueError as e:
        print(ctor.__name__, type(e).__name__, e)
def pairs():
    yield ("a", 1)
    yield ("b",)
try:
    dict(pairs())
except ValueError as e:
    print(type(e).__name__, e)
d = {}
try:
    d.update(pairs())
except ValueError as e:
    print(type(e).__name__, e, d)
s = {0}
try:
    s.update(gen())
except ValueError as e:
    print(type(e).__name__, e, s)
l = [0]
try:
    l.extend(gen())
except ValueError as e:
    print(type(e).__name__, e, l)
try:
    l += gen()
except ValueError as e:
    print(type(e).__name__, e, l)
try:
    l[1:2] = gen()
except ValueError as e:
    print(type(e).__name__, e, l)
print(list(x for x in range(3)), dict((i, i * i) for i in range(3)), set(c for c in "aab"), frozenset(x % 2 for x in range(5)))
print(tuple(iter([1, 2])), list(iter(iter((3,)))), dict(iter([("k", "v")])))
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
print(list(It()), set(It()), dict.fromkeys(It()), sorted(It(), reverse=True), [1] + list(It()))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(Seq()), tuple(Seq()), 10 in Seq(), set(Seq()))
