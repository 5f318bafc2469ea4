# UnicodeEncodeError built by hand: attributes and str
e = UnicodeEncodeError("ascii", "caf\xe9", 3, 4, "ordinal not in range(128)")
print(e)
print(e.encoding, e.object, e.start, e.end, e.reason)
e2 = UnicodeEncodeError("ascii", "\u20ac\u20ac", 0, 2, "nope")
print(e2)
e3 = UnicodeEncodeError("latin-1", "x\U0001f600", 1, 2, "bad")
print(e3)
