def f():
    """
    A long docstring
    spanning several lines
    with ünïcödé text.
    """
    return return
