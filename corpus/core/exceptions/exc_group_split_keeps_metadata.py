# split/subgroup copy the traceback, cause, context and notes of the group
def raise_group():
    try:
        raise KeyError("ctx")
    except KeyError:
        eg = ExceptionGroup("batch", [ValueError("a"), TypeError("b"), ValueError("c")])
        eg.add_note("group note")
        raise eg from OSError("cause")
try:
    raise_group()
except ExceptionGroup as eg:
    match, rest = eg.split(ValueError)
    print(repr(match), repr(rest))
    print(match.__notes__, repr(match.__cause__), repr(match.__context__))
    print(match.__traceback__ is eg.__traceback__, match.message, rest.exceptions)
    print(eg.subgroup(lambda e: isinstance(e, ValueError) and str(e) == "c"))
    print(eg.subgroup(Exception) is eg, eg.split(OSError))
class Tagged(ExceptionGroup):
    def derive(self, excs):
        return Tagged(self.message + "!", excs)
t = Tagged("tagged", [ValueError(1), KeyError(2)])
print(repr(t.subgroup(KeyError)), type(t.split(ValueError)[1]).__name__)
