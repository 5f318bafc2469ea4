# re-raising the exception being handled does not make it its own context
try:
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e
except ValueError as e:
    print(repr(e.__context__))
a = KeyError("a")
b = TypeError("b")
try:
    try:
        raise a
    except KeyError:
        try:
            raise b
        except TypeError:
            raise a
except KeyError as e:
    print(repr(e.__context__), repr(b.__context__))
