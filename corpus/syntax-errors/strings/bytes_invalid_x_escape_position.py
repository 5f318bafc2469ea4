x = b"abc\xZZ"
