for spec in ("s", ".2d", "z", "q", "=s", "10.1x", "#s", "->", "1000000000000000000000d"):
    try:
        print(spec, repr(format(12, spec)))
    except ValueError as e:
        print(spec, type(e).__name__, e)
try:
    "{:s}".format(5)
except ValueError as e:
    print(type(e).__name__, e)
