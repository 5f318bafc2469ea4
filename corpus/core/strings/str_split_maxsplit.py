# str.split with a separator and maxsplit, positional and keyword
s = "a,b,,c,"
print(s.split(","), s.split(",", 0), s.split(",", 1), s.split(",", 3), s.split(",", 10), s.split(",", -1))
print(s.split(sep=","), s.split(",", maxsplit=2), s.split(maxsplit=1, sep=","))
print("".split(","), ",".split(","), "abc".split("abc"), "abcabc".split("b"))
print("a--b----c".split("--"), "a😀b".split("😀"))
print("x y".split(maxsplit=True))
