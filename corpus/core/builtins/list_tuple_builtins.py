print(list(), list("abc"), list((1, 2)), list(range(3)), list({"a": 1, "b": 2}), list({"a": 1}.items()))
print(tuple(), tuple("ab"), tuple([1, [2]]), tuple(x * x for x in range(4)), tuple(range(0)))
t = (1, 2)
print(tuple(t) is t, list(t) == [1, 2])
for fn in (list, tuple):
    for bad in (5, None):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)
    try:
        fn([], [])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(iterable=[])
except TypeError as e:
    print(type(e).__name__, e)
