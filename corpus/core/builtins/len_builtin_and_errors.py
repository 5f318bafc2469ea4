print(len(""), len("héllo🐍"), len([1, 2]), len((1,)), len({1: 2}), len({1, 2, 3}), len(range(10)), len(range(0, 10, 3)), len(frozenset()))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in (5, None, 1.5, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for args in ((), ([], [])):
    try:
        len(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    len(obj=[])
except TypeError as e:
    print(type(e).__name__, e)
class Neg:
    def __len__(self):
        return -1
class NotInt:
    def __len__(self):
        return 1.5
class Huge:
    def __len__(self):
        return 2**70
for obj in (Neg(), NotInt(), Huge()):
    try:
        len(obj)
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
