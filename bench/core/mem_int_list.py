# Memory: a list of 1,000,000 small ints.
data = list(range(1000000))
print(len(data))
