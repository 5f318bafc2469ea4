# conform: args -m ast -a
def f():
    return 1
x = f()