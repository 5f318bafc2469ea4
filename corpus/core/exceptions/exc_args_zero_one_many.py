# str() and repr() of exceptions with 0, 1 and many arguments
for args in [(), ("msg",), (42,), (None,), ("a", "b"), (1, "two", 3.0), (("t",),), ([],)]:
    e = ValueError(*args)
    print(e.args, repr(str(e)), repr(e))
e = Exception("one")
print(len(e.args), e.args[0])
e.args = ("x", "y")
print(e, repr(e))
e.args = ["as", "list"]
print(e.args, type(e.args).__name__)
e.args = "ab"
print(e.args)
try:
    e.args = 5
except TypeError as err:
    print("TypeError:", err)
