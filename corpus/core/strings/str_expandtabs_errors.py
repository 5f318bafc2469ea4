# expandtabs: tabsize must be an int that fits a C int
calls = [
    lambda: "a\tb".expandtabs(1.5),
    lambda: "a\tb".expandtabs("4"),
    lambda: "a\tb".expandtabs(None),
    lambda: "a\tb".expandtabs(2**31),
    lambda: "a\tb".expandtabs(-2**31),
    lambda: "a\tb".expandtabs(-2**31 - 1),
    lambda: "a\tb".expandtabs(4, 4),
    lambda: "a\tb".expandtabs(tabsize=4, x=1),
]
for c in calls:
    try:
        print(repr(c()))
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
