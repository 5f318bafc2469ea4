# conform: args -m ast --feature-version 3.12
def f[T = int]():
    pass
