print(format(None), format(None, ""), f"{None}")
print(format(True), format(False, ""), f"{True:}")
print(format(True, "d"), format(True, ">5"), format(False, "x"), format(True, ".2f"))
print(format([1, 2]), format((1,)), format({'a': 1}))
for v, spec in ((None, ">5"), (None, "s"), ([1], "10"), ((), "x"), ({1}, "^3"), ({}, "s")):
    try:
        format(v, spec)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    f"{None:>10}"
except TypeError as e:
    print(type(e).__name__, e)
