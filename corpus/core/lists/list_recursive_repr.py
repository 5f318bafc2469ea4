a = [1, 2]
a.append(a)
print(a, repr(a), str(a))
b = [a, [a]]
print(b)
c = []
d = [c]
c.append(d)
print(c, d)
e = {"self": None}
e["self"] = e
f = [e, (e,)]
print(f)
print(a == a)
