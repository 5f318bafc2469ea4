print(dict(), dict(a=1, b=2), dict({"a": 1}, b=2), dict([("x", 1)], y=2), dict(zip("ab", [1, 2])))
print(dict({"a": 1}.items()), dict([]), dict(()), dict([("k", 1), ("k", 2)]))
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict("ab")
except ValueError as e:
    print(type(e).__name__, e)
print(dict(["ab", "cd"]))
try:
    dict(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
