class Base:
    def __mul__(self, other):
        return "Base.__mul__"
    def __rmul__(self, other):
        return "Base.__rmul__"
class Derived(Base):
    def __mul__(self, other):
        return "Derived.__mul__"
    def __rmul__(self, other):
        return "Derived.__rmul__"
print(Base() * Base())
print(Base() * Derived())
print(Derived() * Base())
print(3 * Base(), Base() * 3)
class Cmp:
    def __lt__(self, other):
        return "Cmp.__lt__"
    def __gt__(self, other):
        return "Cmp.__gt__"
class SubCmp(Cmp):
    def __gt__(self, other):
        return "SubCmp.__gt__"
print(Cmp() < SubCmp(), SubCmp() < Cmp(), 1 < Cmp())
