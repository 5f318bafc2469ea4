class Base:
    def __format__(self, spec):
        return "Base.__format__(" + spec + ")"
class Child(Base):
    pass
class Override(Base):
    def __format__(self, spec):
        return "Override+" + super().__format__(spec)
class Named:
    def __str__(self):
        return "named-str"
print(format(Child(), "x"), f"{Override():abc}", "{:q}".format(Child()))
tests = [
 lambda: (5).__format__("x"), lambda: int.__format__(255, "#x"), lambda: "s".__format__(">3"), lambda: (2.5).__format__(".2f"),
 lambda: object.__format__(Named(), ""), lambda: object.__format__(Child(), "x"), lambda: True.__format__(""), lambda: None.__format__(""),
 lambda: [].__format__(""), lambda: (5).__format__(5), lambda: "s".__format__(), lambda: format(Child(), 5),
 lambda: str.__format__(5, ""), lambda: object.__format__(5, "x"), lambda: object.__format__(5, ""), lambda: int.__format__("s", ""), lambda: float.__format__(1, ""), lambda: (5).__format__("", ""), lambda: (5).__format__(spec=""), lambda: object.__format__(), lambda: type(1j).__format__(1j, ">8"), lambda: (1j).__format__(5), lambda: True.__format__("d"), lambda: type(format).__name__,
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
class Meta:
    __format__ = lambda self, spec: "lambda-format:" + spec
print(f"{Meta():zz}")
class Obj:
    def __format__(self, spec):
        return format(42, spec)
print(f"{Obj():08b}", f"{Obj():^9}|", "%s" % "ok")
