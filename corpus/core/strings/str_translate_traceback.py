# a translate table mapping to a float fails when that character is reached
table = {ord("a"): "A", ord("b"): 2.5}
print("aaa".translate(table))
print("abc".translate(table))
