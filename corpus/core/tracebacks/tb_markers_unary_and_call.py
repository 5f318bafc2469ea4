def neg(x):
    return -x
result = neg(1) + neg("a")
