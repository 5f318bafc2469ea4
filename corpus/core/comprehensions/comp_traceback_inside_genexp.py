def ratios(values):
    return sum(1 / v for v in values)
print(ratios([1, 2]))
ratios([4, 0])
