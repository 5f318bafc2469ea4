# conform: args -m ast -a
def f(x):
    match x:
        case 1 | 2 | 3 as small if small > 1:
            pass
        case [1, 2] | (3, 4) as pair:
            pass
        case (str() | bytes()) as s:
            pass
        case {"k": (1 | 2) as v} if v:
            pass
        case _ if x:
            pass
        case _:
            pass
