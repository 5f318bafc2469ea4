def ratio(a, b):
    return a / b
def report(a, b):
    return "ratio=" + str(ratio(a, b))
report(1, 0)
