x = 10
y = 0
print((x + 1) * (x - 1))
print((x + 1) * (x - 1) / (y * 3))
