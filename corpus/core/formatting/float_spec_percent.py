for v in (0.25, 1.0, 0.123456, -0.5, 2.5e-5, 12.0):
    print(format(v, "%"), format(v, ".0%"), format(v, ".2%"), format(v, "8.1%"))
print(f"{0.875:+.1%}", f"{1/3:.3%}", f"{0.5:#.0%}")
print(format(5, "%"), format(5, ".1%"))
