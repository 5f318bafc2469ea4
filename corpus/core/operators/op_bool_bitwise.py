print(True & False, True | False, True ^ True, True & 1, 1 | False, True + True)
x = True
x &= False
print(x)
