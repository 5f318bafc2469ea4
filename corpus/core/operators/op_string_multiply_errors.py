print("-" * 5)
print("ab" * True)
width = 2.5
print("-" * width)
