def nothing():
    pass
def bare():
    return
def many():
    return 1, "two", [3]
def early(x):
    if x:
        return "early"
    print("not early")
print(nothing(), bare(), many(), early(1), early(0))
a, b, c = many()
print(a, b, c)
def loop_return(items):
    for i, v in enumerate(items):
        if v < 0:
            return i
    else:
        return -1
print(loop_return([1, 2, -3]), loop_return([1]))
