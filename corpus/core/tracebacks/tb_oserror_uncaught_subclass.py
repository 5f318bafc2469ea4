def load():
    raise OSError(2, "No such file or directory", "data.csv")
load()
