# bare raise re-raises the exception being handled, even from a nested function call
def reraise():
    raise
try:
    try:
        raise ValueError("inner")
    except ValueError:
        reraise()
except ValueError as e:
    print("re-raised", e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError:
            pass
        raise
except Exception as e:
    print("after nested handler:", type(e).__name__, e)
try:
    raise ValueError("done")
except ValueError:
    pass
raise
