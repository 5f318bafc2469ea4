# raising a class instantiates it with no arguments
for thing in [ValueError, ValueError(), ValueError("m"), KeyError]:
    try:
        raise thing
    except Exception as e:
        print(repr(e), e.args, e is thing)
class Custom(Exception):
    def __init__(self):
        super().__init__("made by raise")
try:
    raise Custom
except Custom as e:
    print(e)
class NeedsArg(Exception):
    def __init__(self, x):
        super().__init__(x)
try:
    raise NeedsArg
except TypeError as e:
    print("TypeError:", e)
