# an uncaught ValueError from bytes() prints CPython's traceback
values = [10, 20, 300]
data = bytes(values)
print(data)
