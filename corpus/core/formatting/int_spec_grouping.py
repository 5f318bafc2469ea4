for n in (0, 999, 1000, 1234567, -1234567, 10**20):
    print(format(n, ","), format(n, "_"))
print(format(1234567, "_b"), format(255, "_x"), format(2**32, "_X"), format(2**20, "_o"))
print(format(1234567, "015,"), format(1234567, "015_"), format(-1234, "09,"))
print(format(1234567, ">15,"), format(1234567, "<15_d"))
print(format(1234567, "n"), format(-1234567, "n"))
for spec in (",b", ",x", ",o", ",c", ",_", "_,", ",n"):
    try:
        print(spec, format(1234567, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
