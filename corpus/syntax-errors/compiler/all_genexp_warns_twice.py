all(x is 1 for x in y)
continue
