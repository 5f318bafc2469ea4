def steps(n, k):
    return list(range(0, n, k))
print(steps(5, 2))
print(steps(5, 0))
