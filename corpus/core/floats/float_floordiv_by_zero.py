def split(a, b):
    return divmod(a, b)
print(split(9.0, 4.0))
print(split(9.0, 0.0))
