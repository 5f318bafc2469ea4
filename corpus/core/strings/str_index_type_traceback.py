# a float index ends the program with "string indices must be integers"
s = "abc"
i = 1.0
print(s[i])
