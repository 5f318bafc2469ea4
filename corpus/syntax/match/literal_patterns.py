# conform: args -m ast -a
def f(x):
    match x:
        case 0:
            pass
        case -1:
            pass
        case 1.5:
            pass
        case 1 + 2j:
            pass
        case -1 - 2j:
            pass
        case "text" "concat":
            pass
        case b"bytes":
            pass
        case None:
            pass
        case True | False:
            pass
