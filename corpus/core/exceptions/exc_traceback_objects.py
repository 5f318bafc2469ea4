# traceback objects: tb_lineno and tb_next along the chain, with_traceback
def inner():
    raise ValueError("deep")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append(tb.tb_lineno)
        tb = tb.tb_next
    print(lines)
    saved = e.__traceback__
e2 = KeyError("k")
print(e2.with_traceback(saved) is e2, e2.__traceback__ is saved)
e2.__traceback__ = None
print(e2.__traceback__)
try:
    e2.__traceback__ = "tb"
except TypeError as err:
    print("TypeError:", err)
try:
    raise e2.with_traceback(saved)
except KeyError as again:
    tb = again.__traceback__
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    print("frames", n)
