xs = [1, 2, 3]
xs.pop(3)
