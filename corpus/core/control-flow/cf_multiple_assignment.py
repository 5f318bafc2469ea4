a = b = []
a.append(1)
print(a, b, a is b)
x, y = y, x = 1, 2
print(x, y)
i = 0
items = [10, 20, 30]
i, items[i] = 1, 99
print(i, items)
p, q = q, p = "pq"
print(p, q)
m = n = o = 0
m += 1
print(m, n, o)
