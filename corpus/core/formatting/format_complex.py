z = 3 + 4j
print(format(z), format(z, ""), f"{z:.2f}", f"{z:>20}|", f"{1j:g}", f"{-1.5-0j}")
print(format(z, "e"), format(z, "+.1f"), format(1e20+1e-5j, "g"))
print("%s %r" % (z, z))
for spec in ("d", "010", "=10", "%", "c"):
    try:
        print(format(z, spec))
    except ValueError as e:
        print(spec, type(e).__name__, e)
