# replace: argument count and types
calls = [
    lambda: "abc".replace(),
    lambda: "abc".replace("a"),
    lambda: "abc".replace("a", "b", 1, 2),
    lambda: "abc".replace(1, "b"),
    lambda: "abc".replace("a", None),
    lambda: "abc".replace("a", "b", "1"),
    lambda: "abc".replace("a", "b", 1.5),
    lambda: "abc".replace("a", "b", 2**70),
    lambda: "abc".replace("a", "b", count=None),
    lambda: "abc".replace("a", new="b"),
    lambda: "abc".replace("a", "b", 1, count=1),
]
for c in calls:
    try:
        print(c())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
