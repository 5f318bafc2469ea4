print(bool(range(0)), bool(range(1)), bool(range(5, 5)), bool(range(5, 0, -1)))
print(type(range(3)).__name__, type(iter(range(3))).__name__, isinstance(range(3), range))
try:
    range(3) + range(3)
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3) * 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(3)[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(5)
except TypeError as e:
    print(type(e).__name__, e)
