# count with a non-str argument ends the program
print("banana".count("a"))
print("banana".count(1))
