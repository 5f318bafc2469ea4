class Squares:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Squares()), [x for x in Squares()], 9 in Squares(), sum(Squares()))
it = iter(Squares())
print(type(it).__name__, next(it), next(it))
a, b, *rest = Squares()
print(a, b, rest)
class Stopper:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return str(i)
print("".join(Stopper()))
class NoIter:
    pass
for x in NoIter():
    pass
