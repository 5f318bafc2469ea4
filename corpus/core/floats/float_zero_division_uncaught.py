def average(values):
    return sum(values) / len(values) * 1.0
print(average([1.5, 2.5]))
print(average([]))
