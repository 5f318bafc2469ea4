# UnicodeDecodeError built by hand: attributes and str
e = UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 3, "invalid start byte")
print(e)
print(e.encoding, e.object, e.start, e.end, e.reason)
print(e.args)
e2 = UnicodeDecodeError("ascii", b"\x80\x81", 0, 2, "ordinal not in range(128)")
print(e2)
print(isinstance(e2, UnicodeError), isinstance(e2, ValueError))
try:
    UnicodeDecodeError("utf-8")
except TypeError as err:
    print("TypeError:", err)
