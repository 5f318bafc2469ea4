xs = [1, 2, 3]
xs[-1] = "last"
xs[0] = xs
print(xs)
for i in [3, -4]:
    try:
        xs[i] = 0
    except IndexError as e:
        print(type(e).__name__, e)
for i in ["0", 1.0, None]:
    try:
        xs[i] = 0
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        xs[i]
    except TypeError as e:
        print(type(e).__name__, e)
print(xs[True], xs[-3] is xs)
