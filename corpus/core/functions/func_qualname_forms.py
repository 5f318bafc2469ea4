def top():
    def mid():
        def low():
            pass
        return low
    return mid
print(top.__qualname__, top().__qualname__, top()().__qualname__)
class Outer:
    def method(self):
        def helper():
            pass
        return helper
    class Inner:
        def deep(self):
            pass
    key = lambda self: 0
print(Outer.method.__qualname__, Outer().method().__qualname__)
print(Outer.Inner.__qualname__, Outer.Inner.deep.__qualname__, Outer.key.__qualname__)
print(Outer.Inner.deep.__name__, Outer.key.__name__)
def factory():
    class Local:
        def m(self):
            pass
    return Local
print(factory().__qualname__, factory().m.__qualname__)
