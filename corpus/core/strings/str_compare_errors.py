# ordering str against other types raises TypeError; == and != do not
for other in [1, 1.5, None, ["a"], ("a",), b"a"]:
    print(type(other).__name__, "a" == other, "a" != other, other == "a")
    try:
        "a" < other
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        other >= "a"
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        "a" > other
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        "a" <= other
    except TypeError as e:
        print(type(e).__name__, e)
try:
    sorted(["b", 1])
except TypeError as e:
    print(type(e).__name__, e)
