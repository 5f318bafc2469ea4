for n in (0, 1, 10, -10, 255, 2**64, -(2**64), True):
    print(bin(n), oct(n), hex(n))
class Idx:
    def __index__(self):
        return 42
print(bin(Idx()), oct(Idx()), hex(Idx()))
for fn in (bin, oct, hex):
    for bad in (1.5, "10", None):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)
try:
    hex()
except TypeError as e:
    print(type(e).__name__, e)
