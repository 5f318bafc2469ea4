# 'in <string>' with a non-str left operand is an uncaught TypeError
words = "alpha beta"
key = 3
print(key in words)
