class C:
    x = 1
    def m(self):
        return "m"
c = C()
c.y = 2
print(getattr(c, "x"), getattr(c, "y"), getattr(c, "z", "dflt"), getattr(c, "m")(), getattr(C, "x"))
print(hasattr(c, "x"), hasattr(c, "nope"), hasattr([], "append"), hasattr("s", "upper"), hasattr(None, "x"))
print(getattr([], "nope", None), getattr("ab", "upper")())
try:
    getattr(c, "zz")
except AttributeError as e:
    print(type(e).__name__, e)
for args in ((c,), (c, 5), (c, "x", 1, 2)):
    try:
        getattr(*args)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hasattr(c, 1)
except TypeError as e:
    print(type(e).__name__, e)
class Raises:
    def __getattr__(self, name):
        raise ValueError("boom " + name)
try:
    hasattr(Raises(), "a")
except ValueError as e:
    print(type(e).__name__, e)
print(getattr(Raises(), "__class__").__name__)
