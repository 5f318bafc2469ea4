# an exception raised in finally replaces the original, which becomes its __context__
def f():
    try:
        raise ValueError("original")
    finally:
        raise TypeError("replacement")
try:
    f()
except TypeError as e:
    print(type(e).__name__, e)
    print(type(e.__context__).__name__, e.__context__)
    print(e.__cause__, e.__suppress_context__)
f()
