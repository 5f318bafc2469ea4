# non-BMP code points count as one character for len, indexing and slicing
s = "a😀b𝄞c🎉"
print(len(s), s[1], s[3], s[-1], s[1:4], s[::2], s[1::2], s[::-1], s[-2::-2])
print([c for c in s], list(reversed(s)), "".join(reversed(s)))
print(len("😀" * 3), ("😀" * 3)[1:], ("x😀" * 3)[::-1])
print(s.find("b"), s.index("🎉"), s.count("😀"), s.rfind("c"), s.find("😀", 2))
print(s.split("b"), s.upper(), s[1:2] == "😀", len(s[1]))
print([ord(c) for c in s])
