a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b)
print(b | a)
c = dict(a)
c |= b
print(c)
print(a == {"y": 2, "x": 1}, a != b)
print(dict(a=1, b=2), dict([("k", "v")]), dict(a, extra=True))
print(dict(zip("abc", range(3))))
print({**a, **b, "w": 0})
print(a | [1])
