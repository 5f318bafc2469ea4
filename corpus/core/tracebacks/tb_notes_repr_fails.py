class Unprintable:
    def __repr__(self):
        raise KeyError("no repr")
e = ValueError("notes whose repr fails")
e.__notes__ = Unprintable()
raise e
