x = "\d"
y = 1
if y is 2:
    pass
