def head(xs):
    return xs[0]
print(head([5]))
print(head(5))
