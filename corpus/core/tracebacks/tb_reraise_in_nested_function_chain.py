def low():
    raise ValueError("low level")
def mid():
    try:
        low()
    except ValueError as e:
        e.add_note("seen in mid")
        raise
def high():
    try:
        mid()
    except ValueError as e:
        raise RuntimeError("high level failure") from e
high()
