class C:
    def __repr__(self):
        return "C()"
    def __str__(self):
        return "c-str"
    def __format__(self, spec):
        return "fmt(" + spec + ")"
c = C()
print(f"{c=}")
print(f"{c=!s}")
print(f"{c=:spec}")
print(f"{c=!r:}")
print(f"{'quoted'=}")
print(f"{None=}")
