def f():
    '''docstring
    x = 1
    return x
