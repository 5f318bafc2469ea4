try:
    raise KeyError("a")
except KeyError:
    try:
        raise IndexError("b")
    except IndexError as ie:
        raise ValueError("c") from TypeError("d")
