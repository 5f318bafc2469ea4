if naïve = 1:
    pass
