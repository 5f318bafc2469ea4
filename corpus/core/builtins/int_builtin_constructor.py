print(int(), int(3.9), int(-3.9), int("42"), int(" -7 "), int("1_000"), int(True), int("0"), int(1e20))
print(int("ff", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0), int("z", 36), int("11", base=2))
class T:
    def __int__(self):
        return 9
class X:
    def __index__(self):
        return 11
print(int(T()), int(X()), int("10", X()))
for args in (("abc",), ("1.5",), ("",), ("12", 2), ("0x", 16), ("010", 0), ("1__0",)):
    try:
        int(*args)
    except ValueError as e:
        print(type(e).__name__, e)
for args in ((None,), ([1],), (5, 10), ("1", 1), ("1", 37)):
    try:
        int(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for v in (float("inf"), float("nan")):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
