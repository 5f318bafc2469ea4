s = "abcdefgh"
print(f"[{s:.3}] [{s:10.3}] [{s:>10.3}] [{s:^10.5}] [{s:*<10.2}]")
print(f"[{s:.0}] [{s:.100}] [{'':5}] [{'é':>3}]")
print(f"[{s:10}] [{s:<10}] [{s:>10}] [{s:^11}] [{s:-^12}]")
print(f"[{s:3}] [{s:^3}]")
print(format("x", "s"), format("x", ".1s"), format("abc", "5s") + "|")
for spec in ("d", "+", " 5", "=5", ",", "#", "05", "z"):
    try:
        print(spec, repr(format("str", spec)))
    except ValueError as e:
        print(spec, type(e).__name__, e)
