# truthiness and len of strings; len counts code points not UTF-16 units or bytes
for s in ["", " ", "0", "False", "\x00", "😀", "é", "e\u0301", "🇫🇷", "👨‍👩‍👧"]:
    print(repr(s), bool(s), len(s), not s)
print("x" if "" else "empty", "" or "default", "a" and "b")
