print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple({"a": 1}), tuple(x for x in (1, 2)))
t = (1, 2)
print(tuple(t) is t)
try:
    tuple(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    tuple([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
print((1,), (), ((),), (1, 2) + (3,), (1,) * 3, 2 * (0,), (1, 2) * -1)
