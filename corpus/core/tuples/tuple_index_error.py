point = (3, 4)
print(point[0], point[1])
def third(t):
    return t[2]
third(point)
