# ord requires a one-character str (or bytes); chr requires an int in range
for arg in ["", "ab", "😀😀", 1, None, 1.0, ["a"]]:
    try:
        print(ord(arg))
    except TypeError as e:
        print(type(e).__name__, e)
for arg in [-1, 0x110000, 2**100, -2**100, 1.0, "a", None]:
    try:
        print(chr(arg))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    ord()
except TypeError as e:
    print(type(e).__name__, e)
try:
    chr(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
