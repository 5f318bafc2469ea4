nan = float("nan")
print(nan == nan, nan != nan, [nan] == [nan], nan in [nan])
class E:
    def __eq__(self, o):
        print("E.__eq__", type(o).__name__)
        return True
e = E()
print(e == e, None == e, e != None)
print({1, 2} <= {1, 2, 3}, {1} > set(), frozenset({1}) == {1}, {1: 2} == {1: 2}, {1: 2} != {1: 3})
print({1: 2}.keys() == {1}, {1: 2}.items() <= {(1, 2), (3, 4)}, range(0, 3) == range(0, 3, 1), slice(1, 2) == slice(1, 2))
try:
    {1} < [1]
except TypeError as t:
    print(t)
print({1: 1} < {2: 2})
