print(format(3), format(3.0), format("s"), format(3, ""), format(3.0, ""), format(1e16))
print(format(3, "05"), format(3.25, "07.2f"), format("s", "^5"))
print(repr(format("")), repr(format("", "3")))
try:
    format()
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, "d", "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    format(1, format_spec="d")
except TypeError as e:
    print(type(e).__name__, e)
print(format(value=1) if False else "kw")
