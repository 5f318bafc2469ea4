# str.isprintable: space is printable, other separators and controls are not; empty is printable
for s in ["", "abc", " ", "\t", "\n", "\x7f", "\xa0", "\xad", "é", "\u2028", "\u200b", "\ufeff", "😀", "\U000e0001", "\ud800", "a b"]:
    print(repr(s), s.isprintable())
