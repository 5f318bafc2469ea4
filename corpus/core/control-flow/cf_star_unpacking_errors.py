tests = [
    ("a, *b, c = [1]", lambda: [1]),
    ("a, b, *c, d = 'xy'", lambda: "xy"),
    ("a, b = [1, 2, 3]", lambda: [1, 2, 3]),
    ("a, b, c = (1, 2)", lambda: (1, 2)),
    ("a, b = 5", lambda: 5),
    ("a, b = iter([1, 2, 3])", lambda: iter([1, 2, 3])),
    ("a, b, c = 'ab'", lambda: "ab"),
]
for label, make in tests:
    try:
        if label.startswith("a, *b, c"):
            a, *b, c = make()
        elif label.startswith("a, b, *c, d"):
            a, b, *c, d = make()
        elif label.startswith("a, b, c"):
            a, b, c = make()
        else:
            a, b = make()
    except (ValueError, TypeError) as e:
        print(label, "->", type(e).__name__, e)
