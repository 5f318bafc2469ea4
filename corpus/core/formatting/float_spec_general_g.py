vals = (0.0, 1.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1.5e-10, 3.14159, 1e16, 100.0)
for v in vals:
    print(repr(v), format(v, "g"), format(v, ".3g"), format(v, "G"), format(v, "#g"), format(v, ".10g"), format(v, ""))
print(format(1e16, ".3G"), format(0.0001234, ".2g"), format(123.0, ".1g"), format(150.0, ".2g"))
print(format(1.0, ".0g"), format(9.99, ".2g"), format(99999.5, "g"))
