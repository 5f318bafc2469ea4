# a bare raise with no exception being handled
def f():
    raise
try:
    f()
except RuntimeError as e:
    print(type(e).__name__, e)
raise
