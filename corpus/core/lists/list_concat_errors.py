print([1] + [2, 3], [] + [])
for other in [(1,), "ab", 1, None, range(2)]:
    try:
        [1] + other
    except TypeError as e:
        print(type(e).__name__, e)
try:
    (1,) + [2]
except TypeError as e:
    print(type(e).__name__, e)
