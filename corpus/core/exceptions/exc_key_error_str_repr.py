# KeyError's str is the repr of its single argument
for args in [("a",), (1,), ((1, 2),), ("",), (), ("a", "b"), (None,), ([1],)]:
    e = KeyError(*args)
    print(repr(str(e)), repr(e), e.args)
try:
    {}["missing"]
except KeyError as e:
    print(e, repr(e), e.args)
try:
    {"x": 1}[("t", 2)]
except KeyError as e:
    print(e, e.args[0])
class MyKeyError(KeyError):
    pass
print(MyKeyError("k"), repr(MyKeyError("k")))
print(LookupError("k"), IndexError("k"))
