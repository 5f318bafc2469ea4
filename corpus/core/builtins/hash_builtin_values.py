print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)), hash(10**30))
print(hash(1.0) == hash(1), hash(1.5), hash(-0.0), hash(0.1), hash(float("inf")), hash(float("-inf")))
print(hash(True), hash(False), hash(None) == hash(None), hash(()), hash((1, 2)), hash((1, (2, 3))))
print(hash("") , hash("a"), hash("hello"), hash(frozenset()), hash(frozenset([1, 2])))
print(hash(1j) , hash(2 + 3j))
class H:
    def __hash__(self):
        return 12345
class Big:
    def __hash__(self):
        return 2**70
print(hash(H()), hash(Big()))
for bad in ([], {}, set(), ([],)):
    try:
        hash(bad)
    except TypeError as e:
        print(type(e).__name__, e)
class NoHash:
    def __eq__(self, other):
        return True
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
class BadHash:
    def __hash__(self):
        return "x"
try:
    hash(BadHash())
except TypeError as e:
    print(type(e).__name__, e)
