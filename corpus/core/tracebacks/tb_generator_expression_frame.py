def total(values):
    return sum(10 // v for v in values)
print(total([1, 2, 5]))
total([1, 0])
