# exceptions are ordinary values: stored, compared, raised later
errors = [ValueError("v"), TypeError("t"), KeyError("k")]
for e in errors:
    try:
        raise e
    except Exception as caught:
        print(type(caught).__name__, caught is e)
a = ValueError("x")
b = ValueError("x")
print(a == b, a == a, a != b)
d = {ValueError: "value", KeyError: "key"}
print(d[ValueError], d[type(errors[2])])
def make(kind, msg):
    return kind(msg)
print(repr(make(IndexError, "idx")))
saved = None
try:
    1 / 0
except ZeroDivisionError as e:
    saved = e
print(type(saved).__name__, saved, saved.__traceback__ is not None)
print(isinstance(saved, (TypeError, ArithmeticError)))
