# join: non-iterable argument, non-str items (the index of the first bad one), arity
calls = [
    lambda: ",".join(1),
    lambda: ",".join(None),
    lambda: ",".join(["a", 1]),
    lambda: ",".join([b"a"]),
    lambda: ",".join(("a", "b", None)),
    lambda: ",".join([1, 2]),
    lambda: ",".join(x for x in ["a", 3.5]),
    lambda: ",".join({1: "a"}),
    lambda: ",".join(),
    lambda: ",".join(["a"], ["b"]),
    lambda: ",".join([["a"]]),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
