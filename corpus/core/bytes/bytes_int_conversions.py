# int() parses ASCII digits from bytes; float() too
print(int(b'42'), int(b' -7 '), int(b'ff', 16), int(b'0b101', 0), int(b'1_000'))
print(float(b'2.5'), float(b' 1e3 '))
for arg in [b'4.2', b'', b'x']:
    try:
        print(int(arg))
    except ValueError as e:
        print(type(e).__name__, e)
