x = [(yield x) for x in y]
