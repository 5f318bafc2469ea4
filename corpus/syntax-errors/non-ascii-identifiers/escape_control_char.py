x = a
