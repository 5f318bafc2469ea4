# repr keeps printable non-ASCII, escapes unprintable code points with \x, \u or \U
for s in ["é", "中文", "😀", "\u200b", "\u2028", "\u2029", "\ufeff", "\ue000", "\U000f0000", "\U0010ffff", "\u0378", "\U000e0100", "\u00a0", "\u3000", "\u1680", "\u061c", "\U0001f1e6", "\u0301", "a\u0301"]:
    print(repr(s), ascii(s))
