cases = [
    ('str(x=1)', lambda: str(x=1)),
    ('str(1, 2, 3, 4)', lambda: str(1, 2, 3, 4)),
    ('str(b"ab", "utf-8")', lambda: str(b"ab", "utf-8")),
    ('str(b"ab", errors="strict")', lambda: str(b"ab", errors="strict")),
    ('str(b"ab", encoding="ascii")', lambda: str(b"ab", encoding="ascii")),
    ('str(object=b"ab", encoding="ascii")', lambda: str(object=b"ab", encoding="ascii")),
    ('str(1, "utf-8")', lambda: str(1, "utf-8")),
    ('str("s", "utf-8")', lambda: str("s", "utf-8")),
    ('str(b"\\xff", "utf-8", "replace")', lambda: str(b"\xff", "utf-8", "replace")),
    ('str(b"x", 1)', lambda: str(b"x", 1)),
    ('str(encoding="utf-8")', lambda: str(encoding="utf-8")),
    ('str(b"a", "utf-8", encoding="x")', lambda: str(b"a", "utf-8", encoding="x")),
    ('str(b"a", "nope")', lambda: str(b"a", "nope")),
    ('str(1, errors="x")', lambda: str(1, errors="x")),
    ('str(object=5)', lambda: str(object=5)),
    ('str(b"x")', lambda: str(b"x")),
    ('str(b"caf\\xc3\\xa9", "utf-8")', lambda: str(b"caf\xc3\xa9", "utf-8")),
]
for text, fn in cases:
    try:
        print(text, "->", repr(fn()))
    except (TypeError, ValueError, LookupError) as e:
        print(text, "->", type(e).__name__, e)
