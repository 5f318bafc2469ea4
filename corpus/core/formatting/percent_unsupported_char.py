for fmt in ("%q", "%y", "%", "abc %", "%-", "%5", "%.", "%(x)", "%z"):
    try:
        print(repr(fmt % 1))
    except (ValueError, TypeError) as e:
        print(repr(fmt), type(e).__name__, e)
try:
    "%(x)" % {"x": 1}
except ValueError as e:
    print(type(e).__name__, e)
