it = iter([1, 2, 3])
print(next(it), list(it), list(it))
print(list(iter("ab")), list(iter((1,))), sorted(iter({3, 1})), list(iter({"k": 1})), list(iter(range(2))))
state = [0]
def counter():
    state[0] += 1
    return state[0]
print(list(iter(counter, 4)))
parts = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(parts), "")))
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(iter(Seq())))
class It:
    def __iter__(self):
        return iter("xy")
print(list(iter(It())))
for args in ((5,), (None,), (1, 2), ()):
    try:
        iter(*args)
    except TypeError as e:
        print(type(e).__name__, e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
