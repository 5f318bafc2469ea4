print(list(), list("abc"), list(range(3)), list((1, 2)), list({1: 2, 3: 4}))
print(tuple(), tuple([1, 2]), tuple(x * x for x in range(4)))
print(list({"a": 1}.items()), list({"a": 1}.values()), len({"a": 1, "b": 2}.keys()))
r = range(10, 0, -3)
print(r, list(r), r[1], r[-1], r[1:], len(r), 4 in r, r.index(7), r.step)
s = slice(None, None, -1)
print(s, "hello"[s], [1, 2, 3][s], (1, 2, 3)[::2])
a = [1, 2, 3, 4, 5]
a[1:3] = ["x"]
del a[::2]
print(a)
b = [0]
b += (1, 2)
b *= 2
print(b, 3 * [7], 2 * (8,), [1] + [2])
try:
    list(5)
except TypeError as e:
    print(e)
try:
    [1, 2][5]
except IndexError as e:
    print(e)
try:
    (1,) + [2]
except TypeError as e:
    print(e)
x = [1, 2]
x.append(x)
print(x)
[1, 2, 3][1:2:0]
