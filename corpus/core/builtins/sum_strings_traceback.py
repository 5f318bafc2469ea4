words = ["a", "b"]
print(sum(words, ""))
