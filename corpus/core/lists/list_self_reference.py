xs = [1, 2]
xs.append(xs)
print(xs)
print(len(xs), xs[2] is xs)
d = {"k": xs}
print(d)
ys = [xs, xs]
print(len(str(ys)))
