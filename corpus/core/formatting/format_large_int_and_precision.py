big = 10**30 + 7
print(format(big, ","), format(big, "_x"), format(big, "e"), format(big, ".3e"), format(big, "g"), format(big, "%"))
print(format(big, "f") if False else format(float(big), "f"))
print(format(2**53 + 1, ".0f"), format(2**53 + 1, "d"))
print(format(1/3, ".30f"))
print(format(2.0**-20, ".25f"))
print(format(123456789.0, ".15g"), format(0.1, ".20g"), format(0.1, ".17f"))
print(format(5e-324, "g"), format(1.7976931348623157e308, "e"), format(1.7976931348623157e308, ".3g"))
print(format(1e300, ",.0f")[:40])
