# raise ... from a class: the cause is instantiated
try:
    raise ValueError("x") from KeyError
except ValueError as e:
    print(repr(e.__cause__), type(e.__cause__).__name__, e.__suppress_context__)
try:
    raise ValueError from KeyError("k")
except ValueError as e:
    print(repr(e), repr(e.__cause__))
raise RuntimeError("outer") from LookupError
