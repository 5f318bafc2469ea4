# str * int: zero, negative, bool, __index__, errors for non-ints
print(repr("ab" * 0), repr("ab" * -1), repr("ab" * True), repr(False * "ab"), repr("" * 5), "😀" * 2)
class N:
    def __index__(self):
        return 3
print("x" * N(), N() * "y")
for bad in [1.0, "2", None, [2]]:
    try:
        print("ab" * bad)
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        print(bad * "ab")
    except TypeError as e:
        print(type(e).__name__, e)
s = "ab"
s *= 2
print(s)
try:
    "ab" * (2**70)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    "ab" * (2**62)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__, e)
print(repr("ab" * -(2**70)))
