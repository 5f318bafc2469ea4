f = lambda: "none"
g = lambda x, /, y, *a, k=1, **kw: (x, y, a, k, kw)
print(f(), g(1, 2), g(1, 2, 3, k=4, z=5))
print(f.__name__, f.__qualname__, g.__defaults__, g.__kwdefaults__)
def outer():
    return lambda: 0
print(outer().__qualname__)
class C:
    h = lambda self: self.__class__.__name__
print(C().h(), C.h.__qualname__)
print((lambda x: (lambda y: x + y))(1)(2))
print([(lambda n: n * n)(i) for i in range(4)])
try:
    g(1)
except TypeError as e:
    print(e)
