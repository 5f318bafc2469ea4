try:
    try:
        raise KeyError("original")
    except KeyError:
        raise ValueError("replacement") from None
except ValueError as e:
    e.__suppress_context__ = False
    raise
