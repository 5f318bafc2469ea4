counter = 1
del counter
print(counter)
