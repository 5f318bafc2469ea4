def split(record):
    name, *fields, last = record
    return name, fields, last
print(split("abc"))
print(split(["only", "two"]))
split(["one"])
