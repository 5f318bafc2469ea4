points = [(0, 0), (1, 2, 3)]
for x, y in points:
    print(x, y)
