print(range(0) == range(5, 5), range(0, 3) == range(3), range(1, 10, 3) == range(1, 11, 3), range(1, 2) == range(1, 2, 5))
print(range(3) == [0, 1, 2], range(3) != range(4), range(0, 10, 2) == range(0, 9, 2))
print(5 in range(10), 10 in range(10), 4 in range(0, 10, 2), 3 in range(0, 10, 2), 3.0 in range(5), "a" in range(5))
print(-1 in range(-5, 0), True in range(2), 2**64 in range(2**65), None in range(3))
try:
    range(3) < range(4)
except TypeError as e:
    print(type(e).__name__, e)
print(hash(range(3)) == hash(range(0, 3, 1)), hash(range(0)) == hash(range(4, 2)))
