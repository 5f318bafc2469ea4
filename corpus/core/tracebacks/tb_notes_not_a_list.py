e = ValueError("x")
e.__notes__ = "single string"
raise e
