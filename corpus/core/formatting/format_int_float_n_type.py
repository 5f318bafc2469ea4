for v in (0, 7, -1234567, 10**12):
    print(format(v, "n"), format(v, "10n") + "|", format(v, "<10n") + "|", format(v, "+n"))
for v in (0.0, 1.5, -1234.5678, 1e20, 1e-7, float("inf")):
    print(format(v, "n"), format(v, ".2n"), format(v, "12.4n") + "|")
