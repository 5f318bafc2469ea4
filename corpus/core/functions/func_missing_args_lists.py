def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def four(a, b, c, d, e=5):
    pass
for f, args in [(one, ()), (two, ()), (two, (1,)), (three, ()), (three, (1,)), (four, ()), (four, (1, 2))]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
try:
    three(1, c=3)
except TypeError as e:
    print(e)
