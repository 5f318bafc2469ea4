# conform: args -m ast -a
def f(x):
    match x:
        case {}:
            pass
        case {"key": value}:
            pass
        case {"a": 1, "b": [x, y], **rest}:
            pass
        case {1: _, -1: _, 1.5: _, None: _}:
            pass
        case {**rest}:
            pass
