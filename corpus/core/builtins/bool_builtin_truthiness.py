print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool(" "), bool([]), bool([0]))
print(bool(()), bool({}), bool(set()), bool(None), bool(range(0)), bool(range(1)), bool(0j))
class Empty:
    def __len__(self):
        return 0
class Truthy:
    def __bool__(self):
        return True
class Plain:
    pass
print(bool(Empty()), bool(Truthy()), bool(Plain()))
class BadBool:
    def __bool__(self):
        return 1
class BadLen:
    def __len__(self):
        return -1
for obj in (BadBool(), BadLen()):
    try:
        bool(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    bool(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    bool(x=1)
except TypeError as e:
    print(type(e).__name__, e)
print(bool is type(True), isinstance(True, int))
