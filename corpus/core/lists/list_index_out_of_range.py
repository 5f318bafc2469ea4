xs = [10, 20, 30]
print(xs[2], xs[-3])
i = 3
print(xs[i])
