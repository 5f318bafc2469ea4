print(all([]), any([]), all([1, 2]), all([1, 0]), any([0, 0.0, ""]), any([0, "x"]))
print(all("abc"), any(""), all(x > 0 for x in range(1, 5)), any(x > 3 for x in range(4)))
print(all({0: 1}), any({0: 1, 1: 0}), all((None,)), any([[], [0]]))
def gen():
    print("yield 1")
    yield 1
    print("yield 0")
    yield 0
    print("never")
    yield 1
print(all(gen()))
for bad in (5, None):
    try:
        all(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    any()
except TypeError as e:
    print(type(e).__name__, e)
try:
    any([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
