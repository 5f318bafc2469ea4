# split/rsplit/splitlines argument errors
calls = [
    lambda: "a b".split(""),
    lambda: "a b".rsplit(""),
    lambda: "a b".split(1),
    lambda: "a b".rsplit(b" "),
    lambda: "a b".split(" ", "1"),
    lambda: "a b".split(" ", 1.0),
    lambda: "a b".split(" ", 1, 2),
    lambda: "a b".rsplit(None, None),
    lambda: "a b".split(" ", 2**64),
    lambda: "a\nb".splitlines(1, 2),
    lambda: "a\nb".splitlines("yes"),
    lambda: "a\nb".splitlines(None),
]
for c in calls:
    try:
        print(c())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
