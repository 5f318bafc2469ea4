def pos(a, b, /, c, *, d):
    return a, b, c, d
print(pos(1, 2, 3, d=4))
print(pos(1, 2, c=3, d=4))
def withkw(a, /, **kw):
    return a, kw
print(withkw(1, a=2))
print(pos(1, b=2, c=3, d=4))
