print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 1}, k2=2))
print(dict([("a", 1)], a=5), dict(zip("abc", range(3))), dict([[1, 2], "xy"]))
for bad in ([1], [(1, 2, 3)], 5, ["abc"]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(type(e).__name__, e)
