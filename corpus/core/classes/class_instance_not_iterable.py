class Box:
    pass
b = Box()
print(isinstance(b, Box))
for item in b:
    print(item)
