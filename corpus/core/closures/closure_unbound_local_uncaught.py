limit = 3
def check(values):
    for v in values:
        if v > limit:
            limit = v
    return limit
check([1, 5])
