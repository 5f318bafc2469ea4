class D:
    def __divmod__(self, other):
        return ("divmod", other)
    def __rdivmod__(self, other):
        return ("rdivmod", other)
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other):
        return ("rpow", other)
print(divmod(D(), 3), divmod(3, D()), pow(D(), 2), pow(D(), 2, 5), pow(2, D()), D() ** 3, 3 ** D())
class NoOps:
    pass
for fn in (lambda: divmod(NoOps(), 1), lambda: pow(NoOps(), 2), lambda: pow(2, NoOps()), lambda: pow(1, 2, NoOps())):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
