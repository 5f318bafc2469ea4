# exception classes are ordinary type objects
print(type(KeyError).__name__, type(KeyError("x")).__name__)
print(KeyError.__name__, KeyError.__qualname__, KeyError.__module__)
class Mine(Exception):
    pass
print(Mine.__name__, Mine.__qualname__, Mine.__module__, repr(Mine), repr(Mine("m")))
def factory():
    class Local(ValueError):
        pass
    return Local
L = factory()
print(L.__qualname__, repr(L("x")), L("x"))
print(type(Mine("a")) is Mine, isinstance(Mine("a"), Exception))
