# __traceback__ is None until the exception is raised
e = ValueError("v")
print(e.__traceback__ is None)
try:
    raise e
except ValueError as x:
    print(x.__traceback__ is not None)
print(e.__traceback__ is not None)
print(e.with_traceback(None) is e, e.__traceback__)
def f():
    raise KeyError("k")
try:
    f()
except KeyError as x:
    tb = x.__traceback__
    print(type(tb).__name__)
