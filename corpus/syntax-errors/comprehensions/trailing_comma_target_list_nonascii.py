x = ["ñ", a, for a in b]
