# bytes(n) is n zero bytes; __index__ objects count as ints
class Three:
    def __index__(self):
        return 3
print(bytes(0))
print(bytes(4))
print(bytes(True), bytes(False))
print(bytes(Three()))
print(len(bytes(100)))
for arg in [-1, -100]:
    try:
        bytes(arg)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    bytes(2**63)
except OverflowError as e:
    print(type(e).__name__, e)
