cases = [("%d", "str"), ("%x", 1.5), ("%o", "s"), ("%f", "s"), ("%e", None), ("%c", "ab"), ("%c", 1.5), ("%c", -1), ("%c", 0x110000), ("%i", [1]), ("%X", 2.0), ("%g", "1")]
for fmt, arg in cases:
    try:
        print(fmt % arg)
    except (TypeError, OverflowError, ValueError) as e:
        print(repr(fmt), type(e).__name__, e)
