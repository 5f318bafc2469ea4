values = [3 + 0j, 1 + 1j]
print(values[0] == 3)
print(sorted(values))
