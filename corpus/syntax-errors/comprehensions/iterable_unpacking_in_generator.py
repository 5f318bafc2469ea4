x = list(*a for a in b)
