x = 1234567.891
print(format(x, "n"), format(x, ".3n"), format(x, ".10n"), format(12.0, "n"))
print(format(x, ","), format(x, "_"), format(x, ",.2f"), format(x, "_.3f"), format(x, ",e"))
print(format(x, "015,.1f"), format(-x, "016,.2f"), format(x, ",g"), format(1e20, ",f"))
print(format(x, ".2,"[0:2]+"f"), format(0.5, ",.3f"))
for spec in (",n", "_n"):
    try:
        format(x, spec)
    except ValueError as e:
        print(type(e).__name__, e)
