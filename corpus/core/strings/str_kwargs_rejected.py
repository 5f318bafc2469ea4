# positional-only parameters: keyword arguments are rejected with the method's name
calls = [
    lambda: "abc".find(sub="a"),
    lambda: "abc".count("a", start=1),
    lambda: "abc".index(sub="a"),
    lambda: "abc".rfind("a", end=2),
    lambda: "abc".startswith(prefix="a"),
    lambda: "abc".endswith("a", start=0),
    lambda: "abc".strip(chars="a"),
    lambda: "abc".lstrip(chars="a"),
    lambda: "abc".center(width=5),
    lambda: "abc".ljust(5, fillchar="*"),
    lambda: "abc".zfill(width=5),
    lambda: "abc".partition(sep="b"),
    lambda: ",".join(iterable=["a"]),
    lambda: "abc".removeprefix(prefix="a"),
    lambda: "abc".translate(table={}),
    lambda: "abc".replace(old="a", new="b"),
    lambda: "abc".replace("a", "b", cnt=1),
    lambda: "abc".split(sepp=","),
    lambda: "abc".split(",", sep=","),
    lambda: "abc".splitlines(keepend=True),
    lambda: "abc".expandtabs(size=4),
    lambda: "abc".encode(encodin="ascii"),
]
for c in calls:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
