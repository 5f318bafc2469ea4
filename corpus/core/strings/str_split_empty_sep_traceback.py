# split with an empty separator is an uncaught ValueError
line = "a,b,c"
sep = ""
fields = line.split(sep)
print(fields)
