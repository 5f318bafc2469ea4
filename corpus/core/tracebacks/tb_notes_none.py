e = ValueError("notes set to None print nothing")
e.__notes__ = None
raise e
