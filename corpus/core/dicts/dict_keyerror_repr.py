d = {}
for key in ["missing", 0, (1, 2), None, 2.5, "", ("a",), frozenset()]:
    try:
        d[key]
    except KeyError as e:
        print(type(e).__name__, e, repr(e), e.args)
try:
    del d["x"]
except KeyError as e:
    print(type(e).__name__, e)
