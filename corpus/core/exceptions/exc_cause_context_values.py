# __cause__, __context__ and __suppress_context__ in each raise form
def show(label, e):
    print(label, type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
e = ValueError("fresh")
show("new", e)
try:
    raise ValueError("plain")
except ValueError as x:
    show("plain", x)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("implicit")
except TypeError as x:
    show("implicit", x)
try:
    try:
        raise KeyError("a")
    except KeyError as k:
        raise TypeError("explicit") from k
except TypeError as x:
    show("explicit", x)
try:
    raise TypeError("outside") from IndexError("cause")
except TypeError as x:
    show("from-outside", x)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise TypeError("none") from None
except TypeError as x:
    show("from-None", x)
