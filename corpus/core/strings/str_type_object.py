# the str type itself: names, MRO, isinstance, calling it through type() and __class__
print(str.__name__, str.__qualname__, str.__module__, str.__mro__, repr(str))
print(isinstance("x", str), isinstance(1, str), issubclass(str, object), type("x") is str, "x".__class__ is str)
print(type("x")(5), "abc".__class__("q"), callable(str.upper), getattr("abc", "upper")(), hasattr(str, "maketrans"))
print(list(map(str.upper, ["a", "b"])), list(filter(str.isdigit, ["1", "a", "22"])), sorted(["b", "A", "c"], key=str.casefold))
print(str.join("-", map(str, [1, 2])), dict(zip("abc", range(3))), list(zip(*["abc", "def"])))
try:
    str.upper = None
except TypeError as e:
    print(type(e).__name__, e)
try:
    str.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
