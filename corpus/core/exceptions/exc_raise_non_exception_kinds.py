# raising things that are not exceptions
for thing in [1, "text", None, int, object(), [ValueError], (KeyError,)]:
    try:
        raise thing
    except TypeError as e:
        print(type(thing).__name__, "->", e)
try:
    raise ValueError from 5
except TypeError as e:
    print("cause:", e)
try:
    raise ValueError from int
except TypeError as e:
    print("cause class:", e)
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print("class:", e)
