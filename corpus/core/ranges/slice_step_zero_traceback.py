step = 0
data = list(range(5))
print(data[::step])
