def f(x):
    a, *b, *c = x
