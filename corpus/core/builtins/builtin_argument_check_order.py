# When several arguments are wrong, CPython reports the one it checks first.
cases = [
    ("enumerate(1.5, 1.5)", lambda: enumerate(1.5, 1.5)),
    ("enumerate(None, 'x')", lambda: enumerate(None, "x")),
    ("sum(1.5, '')", lambda: sum(1.5, "")),
    ("sum(None, b'')", lambda: sum(None, b"")),
    ("int(1.5, 99)", lambda: int(1.5, 99)),
    ("int([], 1)", lambda: int([], 1)),
    ("int('10', 37)", lambda: int("10", 37)),
    ("format(1, None)", lambda: format(1, None)),
    ("format(None, None)", lambda: format(None, None)),
    ("delattr(int, 'x')", lambda: delattr(int, "x")),
    ("delattr(len, 'x')", lambda: delattr(len, "x")),
    ("setattr(int, 'x', 1)", lambda: setattr(int, "x", 1)),
    ("divmod('a', 0)", lambda: divmod("a", 0)),
    ("pow('a', 2, 0)", lambda: pow("a", 2, 0)),
    ("round('a', 'b')", lambda: round("a", "b")),
    ("zip(1, 2)", lambda: zip(1, 2)),
    ("map(1, 2)", lambda: map(1, 2)),
    ("filter(1, 2)", lambda: filter(1, 2)),
    ("isinstance(1, 1)", lambda: isinstance(1, 1)),
    ("getattr(1, 1, 1)", lambda: getattr(1, 1, 1)),
    ("max(1, key=1)", lambda: max(1, key=1)),
    ("sorted(1, key=1)", lambda: sorted(1, key=1)),
]
for text, call in cases:
    try:
        print(text, "->", repr(call()))
    except Exception as e:
        print(text, "->", type(e).__name__, e)
