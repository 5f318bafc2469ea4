# conform: args -m ast --feature-version 3.7
def f(a, /):
    pass
