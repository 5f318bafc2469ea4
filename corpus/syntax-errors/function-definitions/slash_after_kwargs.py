def f(**kwargs, /):
    pass
