def convert(values):
    return [10 // v for v in values]
print(convert([1, 2, 5]))
convert([1, 0])
