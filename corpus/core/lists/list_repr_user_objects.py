class R:
    def __repr__(self):
        return "R!"
    def __str__(self):
        return "str-R"
print([R()], (R(),), {R()}, {1: R()}, {"k": [R(), (R(),)]}, str([R()]), repr((R(), 1)))
class Bad:
    def __repr__(self):
        raise ValueError("no repr for you")
try:
    print([1, Bad()])
except ValueError as e:
    print(type(e).__name__, e)
try:
    repr({"a": Bad()})
except ValueError as e:
    print(type(e).__name__, e)
print(len([Bad()]))
