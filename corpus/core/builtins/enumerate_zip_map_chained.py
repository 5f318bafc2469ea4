names = ["ann", "bob", "cy"]
ages = [30, 25, 41]
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n.title(), a)
print(list(map(lambda p: p[0] * p[1], enumerate("abc"))))
print(dict(enumerate(filter(None, ["", "x", "", "y"]))))
print(sorted(zip(ages, names)), list(zip(*zip(names, ages))))
print(max(zip(ages, names)), min(enumerate(names), key=lambda t: len(t[1])))
print(list(reversed(list(enumerate("ab")))), sum(map(len, names)), any(map(str.isupper, names)))
