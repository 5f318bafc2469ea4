# len() of an int ends the program
def describe(v):
    return str(len(v)) + " chars"
print(describe("abc"))
print(describe(123))
