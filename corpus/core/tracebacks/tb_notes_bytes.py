e = ValueError("notes given as bytes are shown by repr")
e.__notes__ = b"raw"
raise e
