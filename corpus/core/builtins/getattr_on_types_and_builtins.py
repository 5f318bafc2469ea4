print(getattr(str, "upper")("abc"), getattr([1, 2], "count")(1), getattr({}, "get")("k", "d"))
print(getattr(int, "__name__"), getattr(len, "__name__"), getattr(type, "__name__"))
print(hasattr(str, "join"), hasattr(str, "nope"), hasattr(list, "__len__"), hasattr(len, "__class__"))
for obj, name in ((str, "nope"), ([], "nope"), (None, "x"), (len, "x")):
    try:
        getattr(obj, name)
    except AttributeError as e:
        print(type(e).__name__, e)
print(getattr(None, "x", "fallback"), getattr(5, "imag", 0) if False else "")
