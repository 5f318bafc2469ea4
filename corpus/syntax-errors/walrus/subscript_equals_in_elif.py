if a:
    pass
elif x[0] = 1:
    pass
