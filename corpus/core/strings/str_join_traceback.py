# joining a list with an int item ends the program with CPython's message
counts = [3, 4]
print(", ".join(["total"] + counts))
