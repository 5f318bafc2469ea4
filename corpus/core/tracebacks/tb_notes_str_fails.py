class Unprintable:
    def __str__(self):
        raise KeyError("no str")
e = ValueError("one note cannot be printed")
e.__notes__ = ["first", Unprintable(), "third\nwith two lines"]
raise e
