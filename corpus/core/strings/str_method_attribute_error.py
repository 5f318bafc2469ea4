s = "hello"
print(s.upper())
print(s.startswith("he"))
print(s.startwith("he"))
