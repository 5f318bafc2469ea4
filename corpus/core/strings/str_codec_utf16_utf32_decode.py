# decoding utf-16/utf-32: BOM detection, round trips, and the errors CPython reports
text = "h\xe9llo \U0001F600 \u4e2d"
for enc in ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]:
    data = text.encode(enc)
    print(enc, len(data), data.decode(enc) == text, str(data, enc) == text)
print(b"\xfe\xff\x00a".decode("utf-16"), b"\xff\xfea\x00".decode("utf-16"), repr(b"\xff\xfea\x00".decode("utf-16-le")))
print(repr(b"\x00\x00\xfe\xff\x00\x00\x00a".decode("utf-32")), repr(b"".decode("utf-32")))
cases = [b"a", b"\x00\xd8", b"\x00\xd8a", b"\x00\xd8a\x00", b"\x00\xdca\x00", b"\x00\xd8\x00\x00\x00\x00\x11\x00", b"\xff\xfe\xfe\x00\x00\xdcx"]
for enc in ["utf-16", "utf-16-be", "utf-32", "utf-32-be"]:
    for data in cases:
        for errors in ["strict", "replace", "backslashreplace", "surrogatepass", "surrogateescape"]:
            try:
                print(enc, data, errors, repr(data.decode(enc, errors)))
            except UnicodeDecodeError as e:
                print(enc, data, errors, type(e).__name__, e.encoding, e.start, e.end, e.reason)
try:
    b"\xff".decode("utf-16", "xmlcharrefreplace")
except TypeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8", "namereplace")
except TypeError as e:
    print(type(e).__name__, e)
