x = (1 if a else *b)
