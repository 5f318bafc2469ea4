# conform: args -m ast -a
def f(x):
    match x:
        case int():
            pass
        case str(s):
            pass
        case Point(x=0, y=0):
            pass
        case Point(1, y=yy):
            pass
        case a.b.C(p, q, r=3):
            pass
