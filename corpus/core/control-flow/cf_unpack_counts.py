for v in [[1,2,3], (1,2,3), {1:1,2:2,3:3}, {1,2,3}, "abc", range(3), iter([1,2,3])]:
    try:
        a, b = v
    except ValueError as e:
        print(type(v).__name__, e)
def gen():
    for i in range(10):
        print("gen", i)
        yield i
try:
    x, y = gen()
except ValueError as e:
    print(e)
class It:
    def __iter__(self): return self
    def __init__(self): self.n = 0
    def __next__(self):
        self.n += 1
        if self.n > 4: raise StopIteration
        return self.n
p, *q, r = It()
print(p, q, r)
