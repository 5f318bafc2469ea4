class BadBool:
    def __bool__(self):
        return 1
class NegLen:
    def __len__(self):
        return -1
class StrLen:
    def __len__(self):
        return "3"
class HugeLen:
    def __len__(self):
        return 2 ** 70
tests = [lambda: bool(BadBool()), lambda: len(NegLen()), lambda: bool(NegLen()), lambda: len(StrLen()), lambda: len(HugeLen()), lambda: len(5)]
for t in tests:
    try:
        print(t())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
if BadBool():
    pass
