print(abs(-5), abs(5), abs(0), abs(-2**70), abs(-2.5), abs(-0.0), abs(True), abs(False))
print(abs(float("-inf")), abs(3+4j), abs(-3-4j))
class A:
    def __abs__(self):
        return "custom abs"
print(abs(A()))
for args in ((), (1, 2)):
    try:
        abs(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ("s", [1], None):
    try:
        abs(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    abs(x=1)
except TypeError as e:
    print(type(e).__name__, e)
