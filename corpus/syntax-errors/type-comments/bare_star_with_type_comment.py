# conform: args -m ast -a
def f(*, # type: int
      a):
    pass
