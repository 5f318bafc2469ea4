for spec in ("d", "x", "c", "s", "#s", "=s", "10.2q"):
    try:
        print(format(1.5, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
try:
    "{:b}".format(2.0)
except ValueError as e:
    print(type(e).__name__, e)
print(format(1.5, "=+10.2f"), format(-1.5, "=10.2f"), format(1.5, "010"), format(2.0, ""))
