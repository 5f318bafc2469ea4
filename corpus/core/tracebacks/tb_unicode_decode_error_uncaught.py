raise UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")
