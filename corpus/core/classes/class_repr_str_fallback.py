class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "just str"
class Neither:
    pass
o, s, n = OnlyRepr(), OnlyStr(), Neither()
print(str(o), repr(o), f"{o}", f"{o!r}", [o])
print(str(s), repr(s).startswith("<__main__.OnlyStr object at 0x"), [s][0] is s)
print(repr(n).startswith("<__main__.Neither object at 0x"), str(n) == repr(n))
print("%s %r" % (o, o))
class BadRepr:
    def __repr__(self):
        return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self):
        return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
