# conform: args -m ast -a
def f():
    raise
def g():
    raise ValueError
def h():
    raise ValueError("msg") from None
assert x
assert x, "message"
assert (x), (y)
