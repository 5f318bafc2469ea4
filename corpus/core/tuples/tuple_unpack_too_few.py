def pair():
    return (1,)
a, = pair()
print(a)
x, y = pair()
