class R:
    def __repr__(self):
        return "R()"
    def __rpow__(self, other):
        return "rpow"
class P:
    def __repr__(self):
        return "P()"
    def __pow__(self, other, mod=None):
        return ("P.pow", other, mod)
class Q:
    def __repr__(self):
        return "Q()"
    def __pow__(self, other, mod=None):
        return ("Q.pow", other, mod)
for args in ((R(), 2, 3), (2, R(), 3), (2, 3, R()), (P(), 2, 3), (2, P(), 3), (2, 3, P()), (P(), Q(), 1), (Q(), P(), 1), (1.5, 2, "s"), ("s", 1.5, 2), (1j, 2, "s"), (2, 1j, 3), (2, 2, 1.5), (2, 2, 1j), ("s", 2, 1j), (P(), "s", None), (2.5, 2, None)):
    try:
        print(pow(*args))
    except Exception as e:
        print(type(e).__name__, e)
class Base:
    def __pow__(self, other, mod=None):
        return ("Base.pow", mod)
    def __rpow__(self, other, mod=None):
        return ("Base.rpow", mod)
class Derived(Base):
    def __rpow__(self, other, mod=None):
        return ("Derived.rpow", mod)
print(pow(Base(), Derived(), 5), pow(Derived(), Base(), 5), pow(2, Derived(), 5), Base() ** 2, 2 ** Derived())
