t = (1, 2)
print(t + (3,))
print(t + [3])
