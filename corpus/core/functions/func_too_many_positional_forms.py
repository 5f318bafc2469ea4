def zero():
    pass
def one(a):
    pass
def two(a, b):
    pass
def opt(a, b=2, c=3):
    pass
def allopt(a=1):
    pass
cases = [(zero, (1,)), (zero, (1, 2)), (one, (1, 2)), (two, (1, 2, 3)), (opt, (1, 2, 3, 4)), (allopt, (1, 2))]
for f, args in cases:
    try:
        f(*args)
    except TypeError as e:
        print(e)
