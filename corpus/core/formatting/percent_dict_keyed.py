d = {"name": "Ada", "n": 3, "x": 2.5}
print("%(name)s has %(n)d items at %(x).2f" % d)
print("%(name)r %(name)10s| %(n)05d" % d)
print("%(a)s %(a)s" % {"a": "twice"})
print("%s" % {"k": 1}, "%(k)s %%" % {"k": 1})
print("%(key with space)s" % {"key with space": "ok"})
print("%((nested))s" % {"(nested)": "paren"})
try:
    "%(missing)s" % d
except KeyError as e:
    print(type(e).__name__, e)
try:
    "%(name)s %s" % d
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%(name)s" % ("tuple",)
except TypeError as e:
    print(type(e).__name__, e)
try:
    "%(name" % d
except ValueError as e:
    print(type(e).__name__, e)
