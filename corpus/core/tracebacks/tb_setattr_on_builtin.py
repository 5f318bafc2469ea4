values = [1, 2]
values.total = 3
