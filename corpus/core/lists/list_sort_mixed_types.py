print(sorted([3, 1.5, True]))
items = [3, "two", 1]
items.sort()
