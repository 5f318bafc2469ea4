a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*head, tail = "xyz"
print(head, tail)
first, *rest = range(3)
print(first, rest)
a, *b, c = 1, 2
print(a, b, c)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
x, (y, *z) = 0, "abc"
print(x, y, z)
*everything, = (7, 8)
print(everything)
[m, *n] = {10: "a", 20: "b"}
print(m, n)
for k, *vs in [(1, 2, 3), (4,)]:
    print(k, vs)
