a = b = c = 0
print(a, b, c)
x = [0, 0, 0]
i = 0
i, x[i] = 1, 9
print(i, x)
a, b, c = "xyz"
print(a, b, c)
a, (b, c) = 1, [2, 3]
print(a, b, c)
[p, q] = (10, 20)
print(p, q)
