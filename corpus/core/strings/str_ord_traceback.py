# ord of a two-character string ends the program
def first_code(s):
    return ord(s)
print(first_code("a"))
print(first_code("ab"))
