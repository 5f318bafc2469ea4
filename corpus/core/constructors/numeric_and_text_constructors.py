print(int("42"), int(" -7 "), int("ff", 16), int("0x1f", 0), int(3.9), int(True), int(), int("1_000"))
print(float("1.5"), float(3), float(" inf "), float(), str(12), str(), str([1, "a"]), bool([]), bool(3))
print(set([3, 1, 2]), frozenset("ab"), dict(a=1), dict([(1, 2)]))
class N:
    def __int__(self): return 5
    def __float__(self): return 2.5
print(int(N()), float(N()))
try:
    int('abc')
except ValueError as e:
    print(e)
try:
    int([])
except TypeError as e:
    print(e)
try:
    float('x')
except ValueError as e:
    print(e)
try:
    int(1.5, 10)
except TypeError as e:
    print(e)
try:
    int(float('inf'))
except OverflowError as e:
    print(e)
print(int('12', base=8), bool(), float(' 1e3 '))
int('')
