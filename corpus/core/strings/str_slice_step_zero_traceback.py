# a zero slice step ends the program
word = "palindrome"
step = 0
print(word[::step])
