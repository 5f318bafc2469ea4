# OSError's errno/strerror/filename are writable and shape str()
e = OSError(5, "I/O error")
e.errno = 7
print(e, e.errno)
e.strerror = "changed"
print(e)
e.filename = "f.txt"
print(e)
e2 = FileExistsError(17, "File exists", "d")
print(e2, e2.errno, e2.args)
e3 = PermissionError("denied")
print(e3, e3.errno, e3.strerror)
print(OSError(2, "x").characters_written if False else "skip")
