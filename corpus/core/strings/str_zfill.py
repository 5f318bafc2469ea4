# str.zfill: pads with zeros after a leading sign
for s in ["42", "-42", "+42", "", "-", "abc", "+-1", "-0.5", "😀"]:
    print(repr(s), repr(s.zfill(5)), repr(s.zfill(0)), repr(s.zfill(-3)))
print(repr("1".zfill(True)))
