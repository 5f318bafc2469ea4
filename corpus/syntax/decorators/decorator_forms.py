# conform: args -m ast -a
import functools
@functools.lru_cache(maxsize=None)
@staticmethod
def f():
    pass
@(lambda fn: fn)
def g():
    pass
@buttons[0].clicked.connect
def h():
    pass
@x if y else z
class C:
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, value):
        pass
@(yield_ := 1)
async def k():
    pass
@a.b.c
@d()
@e[1](2)
class D: pass
