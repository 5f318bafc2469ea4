# conform: args -m ast -a
def f(a, b, *c):
    match a, b:
        case _:
            pass
    match *c, a:
        case _:
            pass
    match (y := a):
        case _:
            pass
    match a,:
        case _:
            pass
