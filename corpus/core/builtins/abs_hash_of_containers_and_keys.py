print(hash((1, 2)) == hash((1, 2)), hash((1, 2.0)) == hash((1, 2)), hash(frozenset("ab")) == hash(frozenset("ba")))
print(hash(-1) == hash(-2), hash(2**64), hash(-(2**64)), hash(1e100), hash(2**61 - 2))
d = {1: "int", 1.0: "float", True: "bool"}
print(d, len(d))
print({hash(x) for x in (0, 0.0, False, -0.0)})
print(hash("abc") == hash("ab" + "c"), hash(range(3)) == hash(range(0, 3)) if False else "")
try:
    hash([1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
