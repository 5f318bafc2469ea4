def f(día, día):
    pass
