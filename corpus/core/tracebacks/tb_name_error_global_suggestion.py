maximum_value = 10
def check(v):
    return v > maximum_valu
check(3)
