def f():
    if True:
        items = [1, 2,
    return items
