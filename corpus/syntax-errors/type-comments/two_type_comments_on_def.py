# conform: args -m ast -a
def f():  # type: () -> None
    # type: () -> None
    pass
