xs = [1, 2]
xs[1] = 5
print(xs)
xs[-2] = 0
print(xs)
xs[2] = 7
