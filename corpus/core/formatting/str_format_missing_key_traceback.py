items = {"a": 1}
print("{0[b]}".format(items))
