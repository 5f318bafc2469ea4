print(list(), list("abc"), list((1, 2)), list({1: 2, 3: 4}), list(range(3)))
print(list(x * x for x in range(4)), list([1, [2]]))
a = [1, 2]
b = list(a)
print(b == a, b is a)
try:
    list(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    list(iterable=[1])
except TypeError as e:
    print(type(e).__name__, e)
