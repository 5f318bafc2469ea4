class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        if spec == "short":
            return f"${self.cents // 100}"
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __str__(self):
        return "Money(str)"
    def __repr__(self):
        return "Money(repr)"
m = Money(12345)
print(f"{m}")
print(f"{m:short}")
print(format(m, "short"))
print("{}".format(m), "{!s}".format(m), "{!r}".format(m))
print(f"{m!r}", f"{m!s}")
print("%s %r" % (m, m))
