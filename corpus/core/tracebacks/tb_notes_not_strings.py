e = ValueError("x")
e.__notes__ = ["ok", 42, None]
raise e
