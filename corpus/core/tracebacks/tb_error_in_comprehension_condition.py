def evens(values):
    return [v for v in values if v % 2 == 0]
print(evens([1, 2, 3, 4]))
evens([1, "2"])
