# Sort 100,000 ints generated deterministically with an LCG.
x = 42
xs = []
for _ in range(100000):
    x = (x * 1103515245 + 12345) % 2147483648
    xs.append(x)
ys = sorted(xs)
print(len(ys), ys[0], ys[50000], ys[-1])
