# assigning __cause__, __context__ and __suppress_context__ by hand
e = ValueError("e")
c = KeyError("c")
e.__cause__ = c
print(repr(e.__cause__), e.__suppress_context__)
e.__cause__ = None
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = c
print(repr(e.__context__))
for bad in [1, "x", ValueError]:
    try:
        e.__cause__ = bad
    except TypeError as err:
        print("cause", type(bad).__name__, err)
    try:
        e.__context__ = bad
    except TypeError as err:
        print("context", type(bad).__name__, err)
try:
    e.__suppress_context__ = 1
except TypeError as err:
    print("suppress", err)
