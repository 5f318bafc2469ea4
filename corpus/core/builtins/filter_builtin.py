print(list(filter(None, [0, 1, "", "a", [], [0], None, False, True])))
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")), list(filter(None, ())))
f = filter(None, [1, 0, 2])
print(next(f), next(f), iter(f) is f)
print(list(f))
for args in ((), (None,), (None, 5), (None, [], [])):
    try:
        filter(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    list(filter(5, [1]))
except TypeError as e:
    print(type(e).__name__, e)
