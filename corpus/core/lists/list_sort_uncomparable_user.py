class Thing:
    pass
class Fails:
    def __lt__(self, other):
        raise RuntimeError("comparison failed")
try:
    sorted([Thing(), Thing()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [Thing()] < [Thing()]
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([Fails(), Fails()])
except RuntimeError as e:
    print(type(e).__name__, e)
a = Thing()
print([a] == [a], (a,) == (a,), {1: a} == {1: a}, [Thing()] == [Thing()], sorted([a]) == [a])
