# str.isspace: every Unicode whitespace, including the \x1c-\x1f separators
for c in [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e", "\x1f", "\x85", "\xa0", "\u1680", "\u2000", "\u200a", "\u200b", "\u2028", "\u2029", "\u202f", "\u205f", "\u3000", "\ufeff", "", "a", " a "]:
    print(repr(c), c.isspace())
