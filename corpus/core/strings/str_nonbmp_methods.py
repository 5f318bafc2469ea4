# methods on strings with astral characters: padding, stripping, partition, replace, splitlines, startswith
s = "𝔸𝔹ℂ"
print(len(s), repr(s.center(7, "*")), repr(s.ljust(5, "😀")), repr(s.zfill(5)))
print(s.partition("𝔹"), s.rpartition("𝔸"), s.replace("𝔹", "B"), s.startswith("𝔸", 0), s.startswith("𝔹", 1), s.endswith("𝔹", 0, 2))
print("😀 😀\n😀".split(), "😀 😀\n😀".splitlines(), "😀😀".count(""), "😀😀".find("", 2), "😀😀".rfind(""))
print(repr("😀😀x😀".strip("😀")), "😀".isprintable(), "😀".isalpha(), "𝔸".isalpha(), "𝔸".isupper(), "𝟙".isdigit())
print(max("a😀b"), min("a😀b"), sorted("b😀a€"))
print("\U00010400".lower(), "\U00010428".upper(), "\U00010400".swapcase(), "\U0001e900".lower())
