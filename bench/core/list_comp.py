# Build a 100,000-element list with a comprehension and sum it.
xs = [i * 3 + 1 for i in range(100000)]
print(len(xs), sum(xs))
