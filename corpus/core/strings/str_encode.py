# str.encode with encodings and error handlers
print("abc".encode(), "é".encode(), "é".encode("utf-8"), "é".encode("latin-1"))
print("a😀".encode("utf-8"), "é".encode(encoding="UTF8"), "x".encode("ascii"))
print("aé".encode("ascii", "ignore"), "aé".encode("ascii", "replace"), "aé".encode("ascii", errors="xmlcharrefreplace"))
print("aé".encode("ascii", "backslashreplace"))
try:
    "aé".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "a\ud800".encode()
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    "a".encode("no-such-codec")
except LookupError as e:
    print(type(e).__name__, e)
for args in [(1,), ("utf-8", 1), ("utf-8", "strict", 1)]:
    try:
        "a".encode(*args)
    except TypeError as e:
        print(type(e).__name__, e)
