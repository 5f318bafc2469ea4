# str.isascii: empty is ASCII, \x7f is, \x80 is not
for s in ["", "abc", "\x00", "\x7f", "\x80", "é", "a😀", "\t\n"]:
    print(repr(s), s.isascii())
