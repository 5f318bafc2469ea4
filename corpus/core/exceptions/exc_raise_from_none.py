def get(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError("no " + k) from None
try:
    get({}, "a")
except LookupError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
get({}, "b")
