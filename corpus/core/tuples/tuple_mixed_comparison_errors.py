print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (2,) > (1, 5), (1, 2) == (1, 2), (1,) == [1])
print((1, "a") <= (1, "a"), (1, 2.0) == (1, 2), (1, (2, 3)) < (1, (2, 4)))
try:
    (1, 2) < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1, "a") < (1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    (None,) < (None,)
except TypeError as e:
    print(type(e).__name__, e)
print((None,) == (None,), (1, None) < (2, None))
