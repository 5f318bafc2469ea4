nz = -0.0
print(format(nz, ""), format(nz, "f"), format(nz, ".1f"), format(nz, "z.1f"), format(nz, "zf"))
print(format(-0.0001, ".2f"), format(-0.0001, "z.2f"), format(-0.0001, "+z.2f"), format(0.0001, "z.2f"))
print(format(-0.4, "z.0f"), format(-0.6, "z.0f"), format(-1e-9, "z.3e"), format(-1e-9, "z.3g"))
print(format(-0.001, "z.1%"), format(-0.0, "z"), format(-0.00001, "z10.2f") + "|")
print("%.1f" % -0.04)
for spec in ("zd", "z"):
    try:
        print(format(5, spec))
    except ValueError as e:
        print(type(e).__name__, e)
