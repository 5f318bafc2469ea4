def f(*args: *(yield)):
    pass
