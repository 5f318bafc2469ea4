print(list(map(str, [1, 2, 3])), list(map(len, ["a", "bb", ""])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])), list(map(pow, [2, 3], [5, 2], [7, 5])))
print(list(map(lambda *xs: xs, "ab", "cde", [1, 2, 3, 4])))
m = map(abs, [-1, -2])
print(next(m), iter(m) is m, list(m), list(m))
for args in ((str,), (), (None, 5)):
    try:
        list(map(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(map(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(map(lambda x: 1 / x, [1, 0]))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
