for i in range(3):
    break if i else continue
