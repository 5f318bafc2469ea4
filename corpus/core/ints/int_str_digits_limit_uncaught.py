value = 7 ** 6000
print(value > 0)
text = str(value)
print(len(text))
