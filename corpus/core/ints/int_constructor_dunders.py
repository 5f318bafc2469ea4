class WithInt:
    def __int__(self):
        return 7
class WithIndex:
    def __index__(self):
        return 9
class WithBoth:
    def __int__(self):
        return 1
    def __index__(self):
        return 2
class BadInt:
    def __int__(self):
        return 'seven'
class TruncOnly:
    def __trunc__(self):
        return 3
print(int(WithInt()), int(WithIndex()), int(WithBoth()))
for obj in [BadInt(), TruncOnly()]:
    try:
        print(int(obj))
    except TypeError as e:
        print(type(e).__name__, e)
print(int(True), int(False), int(-3.99), int(3.99), int(-0.0), int(1e18))
