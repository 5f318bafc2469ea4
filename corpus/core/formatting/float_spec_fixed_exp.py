x = 1234.5678
for spec in ("f", ".0f", ".2f", ".10f", "e", ".0e", ".3e", "E", ".2E", "F", "10.2f", "<12.3e|"[:-1]):
    print(spec, format(x, spec))
print(format(0.000012345, "e"), format(1e100, ".2e"), format(1e-100, "E"))
print(format(1.5, "#.0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(1e22, "f"))
print(format(123.456, "#.0e"), format(-0.0, "f"), format(-0.0, "e"))
