# repr picks single quotes unless the string has ' and no "
for s in ["", "'", '"', "'\"", "it's", 'say "x"', "'both' \"kinds\"", "\\", "\\'", "a\\nb"]:
    print(repr(s), str(s), len(repr(s)))
print(repr(repr("it's")))
