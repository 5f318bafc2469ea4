# a misspelled str method ends the program with a suggestion
text = "Hello"
print(text.lowr())
