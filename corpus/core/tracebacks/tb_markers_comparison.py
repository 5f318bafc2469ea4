limit = None
values = [1, 2]
ok = values[0] < limit
