print(type(1), type("s"), type(None), type(type), type([]).__name__, type(1.0) is float, type(True) is bool)
class A:
    pass
print(type(A()).__name__, type(A) is type)
B = type("B", (A,), {"x": 5, "hello": lambda self: "hi " + type(self).__name__})
b = B()
print(B.__name__, b.x, b.hello(), isinstance(b, A), B.__bases__ == (A,), B.__mro__[0] is B)
C = type("C", (), {})
print(C.__name__, C.__bases__, C().__class__ is C)
for args in ((), (1, 2), ("N", (), {}, 4), (1, (), {}), ("N", 1, {}), ("N", (), 1)):
    try:
        type(*args)
    except TypeError as e:
        print(type(e).__name__, e)
print(B, B.__module__, B.__qualname__, repr(C()).startswith("<__main__.C object"))
D = type("D", (B,), {"__qualname__": "Outer.D", "y": 1})
print(D.__qualname__, D.__name__, D().x, D().y, D.__mro__)
