queue = ["a", "b"]
del queue[0]
print(queue)
del queue[3]
