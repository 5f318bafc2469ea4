print(int("101", 2))
print(int("zz", 36))
def parse(s, base):
    return int(s, base)
print(parse("7", 8))
print(parse("9", 8))
