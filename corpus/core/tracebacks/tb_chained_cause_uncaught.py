def to_int(s):
    try:
        return int(s)
    except ValueError as e:
        raise TypeError(f"expected digits, got {s!r}") from e
to_int("4x")
