data = [3, 0, 2]
print(sorted(data, key=lambda x: 10 // x))
