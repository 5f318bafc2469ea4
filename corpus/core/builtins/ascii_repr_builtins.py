print(ascii("abc"), ascii("é"), ascii("日本"), ascii("🐍"), ascii("\n\t"))
print(ascii([1, "ü", ("ß",)]), ascii({"k": "ö"}), ascii(1.5), ascii(None))
print(repr("é"), repr('a"b'), repr("a'b"), repr("a'\"b"), repr(b"x") if False else "")
class R:
    def __repr__(self):
        return "R(ñ)"
print(ascii(R()), repr(R()), str(R()))
class BadRepr:
    def __repr__(self):
        return 5
for fn in (repr, ascii):
    try:
        fn(BadRepr())
    except TypeError as e:
        print(type(e).__name__, e)
try:
    repr()
except TypeError as e:
    print(type(e).__name__, e)
try:
    ascii(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
