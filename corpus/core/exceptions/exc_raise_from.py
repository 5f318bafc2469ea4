def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("could not parse " + repr(s)) from e
try:
    parse("x")
except RuntimeError as e:
    print(e, "|", repr(e.__cause__), e.__suppress_context__)
parse("y")
