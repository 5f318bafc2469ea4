name = "count: "
print(name + "3")
n = 3
print(name + n)
