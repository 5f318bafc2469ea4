# conform: args -m ast -a
def f(a, b=1, /, c=2, *args, d, e=3, **kwargs): pass
def g(a, /): pass
def h(*, a): pass
def i(a, /, *, b): pass
def j(a: int, b: "str" = "x", *args: int, c: float = 1.0, **kw: dict) -> None: pass
def k(*args: *Ts): pass
def l(a=1, /, b=2, *, c, d=4): pass
def m(a, b, /, c, d, *, e, f): pass
lambda a, b=1, /, c=2, *args, d, e=3, **kwargs: 0
lambda a, /: 0
lambda *, a: 0
lambda *args, **kwargs: 0
lambda: 0
