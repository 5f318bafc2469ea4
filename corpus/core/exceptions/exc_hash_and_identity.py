# exceptions hash and compare by identity
a = ValueError("x")
b = ValueError("x")
s = {a, b, a}
print(len(s), a in s, ValueError("x") in s)
d = {a: 1}
d[b] = 2
print(len(d), d[a], d[b])
print(hash(a) == hash(a), a is not b)
errors = [KeyError("k"), a]
print(errors.index(a), a in errors, ValueError("x") in errors)
