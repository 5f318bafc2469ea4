def scale(value, bits):
    return value << bits
print(scale(3, 4))
print(scale(3, -4))
