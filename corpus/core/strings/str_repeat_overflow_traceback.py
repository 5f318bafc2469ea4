# repeating a str by a huge int ends the program with OverflowError
n = 2 ** 64
print("ab" * n)
