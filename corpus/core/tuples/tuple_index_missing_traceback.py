colors = ("red", "green")
def position(c):
    return colors.index(c)
print(position("green"))
print(position("blue"))
