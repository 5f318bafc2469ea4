x = [0o1for x in []]
