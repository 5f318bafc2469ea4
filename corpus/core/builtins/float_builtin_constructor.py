print(float(), float(3), float("1.5"), float(" -2.5e3 "), float("inf"), float("-Infinity"), float("nan"), float("1_000.5"))
print(float(True), float(2**60), float("  .5"), float("5."), float("0x10" if False else "16"))
class F:
    def __float__(self):
        return 2.25
class I:
    def __index__(self):
        return 7
print(float(F()), float(I()))
for bad in ("abc", "", "1.5.5", "1__0", " "):
    try:
        float(bad)
    except ValueError as e:
        print(type(e).__name__, e)
for bad in (None, [1], 1j):
    try:
        float(bad)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    float(2**1024)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    float(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
