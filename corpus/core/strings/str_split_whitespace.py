# str.split() without a separator: runs of Unicode whitespace, no empty strings
print("  a  b\tc\nd\r\ne  ".split())
print("".split(), "   ".split(), "a".split(), " a ".split())
print("a\x1cb\x1dc\x1ed\x1fe\x85f\xa0g\u2028h\u3000i".split())
print("  a  b  c  ".split(None, 1), "  a  b  c  ".split(None, 0), "  a  b  c  ".split(maxsplit=2))
print("a\u200bb".split(), "a b".split(None), "a b".split(sep=None))
print("   ".split(None, 0), " x ".split(None, 0))
