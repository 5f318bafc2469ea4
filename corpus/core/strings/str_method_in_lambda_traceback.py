# a str method failing inside a lambda called by sorted()
names = ["b", "a", None]
print(sorted(names, key=lambda n: n.lower()))
