# str.rsplit: from the right, maxsplit keeps the left remainder, whitespace rules as split
print("a,b,c,d".rsplit(","), "a,b,c,d".rsplit(",", 1), "a,b,c,d".rsplit(",", 2), "a,b,c,d".rsplit(",", 0))
print("  a  b  c  ".rsplit(), "  a  b  c  ".rsplit(None, 1), "  a  b  c  ".rsplit(maxsplit=1))
print("aaa".rsplit("aa"), "aaa".split("aa"), ",".rsplit(","), "".rsplit(","), "".rsplit())
print("a b c".rsplit(sep=" ", maxsplit=-1), "a b c".rsplit(" ", -7))
print("a😀b😀c".rsplit("😀", 1), "\u3000x\u3000y\u3000".rsplit())
