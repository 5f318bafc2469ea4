xs = [1, 2, 3]
print(xs[1])
key = "1"
print(xs[key])
