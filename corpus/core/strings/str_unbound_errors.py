# unbound str methods check the receiver's type and argument count
calls = [
    lambda: str.upper(1),
    lambda: str.upper(),
    lambda: str.join(["a"], ","),
    lambda: str.join(",", [1]),
    lambda: str.split(None),
    lambda: str.find(b"abc", "a"),
    lambda: str.__len__(5),
    lambda: str.__add__("a", 1),
    lambda: str.upper("a", "b"),
    lambda: str.replace("a"),
    lambda: str.__contains__("a", 1),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
