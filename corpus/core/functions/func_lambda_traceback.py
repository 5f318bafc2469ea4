divide = lambda a, b: a / b
print(divide(6, 3))
values = list(map(lambda v: divide(10, v), [5, 2, 0]))
