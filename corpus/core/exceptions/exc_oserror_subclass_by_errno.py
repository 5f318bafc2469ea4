# OSError(errno, ...) constructs the subclass that errno maps to
for code in [1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 3, 104, 110, 111, 103, 99]:
    e = OSError(code, "msg")
    print(code, type(e).__name__, isinstance(e, OSError), e)
print(type(FileNotFoundError(13, "x")).__name__)
print(type(OSError("2", "x")).__name__)
try:
    raise OSError(2, "No such file", "missing.txt")
except FileNotFoundError as e:
    print("caught", type(e).__name__, e.filename)
