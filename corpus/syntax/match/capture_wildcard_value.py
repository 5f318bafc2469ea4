# conform: args -m ast -a
import enum
class Color(enum.Enum):
    RED = 1
def f(x):
    match x:
        case Color.RED:
            pass
        case enum.Enum.name:
            pass
        case (y):
            pass
