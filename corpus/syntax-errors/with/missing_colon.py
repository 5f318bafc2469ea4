with open("file")
    pass
