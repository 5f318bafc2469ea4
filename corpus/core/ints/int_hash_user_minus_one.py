# conform: skip-pyodide hash() values are 64-bit specific
class MinusOne:
    def __hash__(self):
        return -1
class Big:
    def __hash__(self):
        return 2 ** 100
class Bad:
    def __hash__(self):
        return 1.5
print(hash(MinusOne()), hash(Big()), hash(-1), hash(-1.0), hash(-1 + 0j))
try:
    hash(Bad())
except TypeError as e:
    print(type(e).__name__, e)
print({MinusOne(): 1}.__len__(), hash(True) == hash(1) == hash(1.0))
