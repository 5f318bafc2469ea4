x = [x for x, y z]
