def f():
    raise ValueError from
