x = 1
if x is not "a":
    pass
