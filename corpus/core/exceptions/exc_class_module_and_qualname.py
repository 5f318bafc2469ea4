# the type name in an uncaught traceback uses __module__ and __qualname__
def make():
    class LocalError(Exception):
        pass
    return LocalError
L = make()
print(L.__qualname__, L.__module__)
class Remote(Exception):
    __module__ = "net.errors"
print(repr(Remote("x")))
try:
    raise L("local")
except Exception as e:
    print(type(e).__qualname__, e)
raise Remote("connection lost")
