class Money:
    def __format__(self, spec):
        raise ValueError("no spec " + repr(spec))
m = Money()
print(f"{m:>10}")
