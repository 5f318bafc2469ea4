for a, b in ((7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (2**70, 3)):
    print(a, b, divmod(a, b))
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(7, 2.5), divmod(True, 2))
for a, b in ((1, 0), (1.0, 0), (1, 0.0)):
    try:
        divmod(a, b)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
for args in ((1,), (1, 2, 3), ("a", 1), (1, "a")):
    try:
        divmod(*args)
    except TypeError as e:
        print(type(e).__name__, e)
