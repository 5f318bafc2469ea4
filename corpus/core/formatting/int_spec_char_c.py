print(format(65, "c"), format(0x1F40D, "c"), format(233, "c"))
print(f"[{97:>3c}] [{98:*<4c}]")
for bad in (-1, 0x110000):
    try:
        format(bad, "c")
    except OverflowError as e:
        print(type(e).__name__, e)
for spec in ("+c", "#c", ",c"):
    try:
        format(65, spec)
    except ValueError as e:
        print(type(e).__name__, e)
