# lstrip and rstrip with default whitespace (Unicode), None, and a character set
s = " \t\n\x0b\x0c\r\x1c\x85\xa0\u3000 text \u2029\x1f "
print(repr(s.lstrip()), repr(s.rstrip()), repr(s.lstrip(None)), repr(s.rstrip(None)))
print(repr("xxyxabcxyy".lstrip("xy")), repr("xxyxabcxyy".rstrip("yx")))
print(repr("abc".lstrip("")), repr("abc".rstrip("abc")), repr("".lstrip()), repr("".rstrip("a")))
print(repr("😀😀a😀".lstrip("😀")), repr("😀a😀😀".rstrip("😀")))
print(repr("\u200bx\u200b".strip()))
