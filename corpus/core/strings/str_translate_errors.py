# translate: bad mapping values, out-of-range code points, non-subscriptable tables
calls = [
    lambda: "abc".translate({97: 1.5}),
    lambda: "abc".translate({97: b"x"}),
    lambda: "abc".translate({97: -1}),
    lambda: "abc".translate({97: 0x110000}),
    lambda: "abc".translate(None),
    lambda: "abc".translate(5),
    lambda: "abc".translate(),
    lambda: "abc".translate({}, {}),
    lambda: "abc".translate({97: [1]}),
]
for c in calls:
    try:
        print(c())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
