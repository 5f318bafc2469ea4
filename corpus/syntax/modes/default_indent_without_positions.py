# conform: args -m ast
def f(a, *, b=1):
    return [a, b]
