# conform: args -m ast -a
class A: pass
class B(): pass
class C(A, B): pass
class D(A, metaclass=type): pass
class E(*bases, **kwds): pass
class F:
    """Docstring."""
    x: int
    y: int = 1
    def __init__(self):
        self.z: list[int] = []
    class Inner:
        pass
class G(A, B, metaclass=M, flag=True,):
    x = [i for i in range(3)]
