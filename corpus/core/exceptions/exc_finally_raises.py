def f():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
try:
    f()
except ValueError as e:
    print("caught", repr(e), "context:", repr(e.__context__))
f()
