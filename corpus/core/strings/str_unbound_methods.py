# str methods called through the type, with the receiver first
print(str.upper("x"), str.join(",", ["a", "b"]), str.split("a b"), str.replace("aa", "a", "b", 1))
print(str.find("abc", "c"), str.startswith("abc", "a"), str.__len__("abc"), str.__add__("a", "b"))
print(str.__getitem__("abc", 1), str.__contains__("abc", "b"), str.__mul__("ab", 2), str.__rmul__("ab", 2))
print(str.__eq__("a", "a"), str.__eq__("a", 1), str.__lt__("a", "b"), str.__lt__("a", 1), str.__ne__("a", 2))
print(list(map(str.strip, [" a ", "b "])), sorted(["b", "A", "c"], key=str.lower))
f = "x".upper
print(f(), type(f).__name__, type(str.upper).__name__, type(str.maketrans).__name__)
