# an unbound method applied to a non-str receiver ends the program
values = ["a", 2]
print([str.upper(v) for v in values])
