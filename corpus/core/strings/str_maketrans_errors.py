# maketrans: argument combinations and key checks
calls = [
    lambda: str.maketrans(),
    lambda: str.maketrans("ab", "a"),
    lambda: str.maketrans("a"),
    lambda: str.maketrans([("a", "b")]),
    lambda: str.maketrans({"ab": "x"}),
    lambda: str.maketrans({1.5: "x"}),
    lambda: str.maketrans(1, "a"),
    lambda: str.maketrans("a", 1),
    lambda: str.maketrans("a", "b", 1),
    lambda: str.maketrans("a", "b", "c", "d"),
    lambda: str.maketrans({}, "a"),
    lambda: str.maketrans(x="a", y="b"),
    lambda: str.maketrans({"": 1}),
]
for c in calls:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
