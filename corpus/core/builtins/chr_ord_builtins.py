print(chr(65), chr(0x1F40D), chr(0), repr(chr(10)), chr(233), ord("A"), ord("é"), ord("🐍"), ord("\x00"))
for bad in (-1, 0x110000, 2**70):
    try:
        chr(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
for bad in (1.5, "a"):
    try:
        chr(bad)
    except TypeError as e:
        print(type(e).__name__, e)
for bad in ("ab", "", 5, ["a"]):
    try:
        ord(bad)
    except TypeError as e:
        print(type(e).__name__, e)
