if True:
    for i in range(3):
        return i
