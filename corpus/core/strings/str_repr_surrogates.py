# lone surrogates are single code points, printed escaped
s = "\ud800"
print(repr(s), ascii(s), len(s), repr("a\udcffb"), len("a\udcffb"))
print(repr("\udfff" + "x"), "\ud800".isprintable(), "\ud800" < "\ue000", "\ud800" < "😀")
print(repr(chr(0xd83d)), ord("\udc00"), [hex(ord(c)) for c in "x\udc80y"])
print("\ud800" == chr(55296), hex(ord(max("\ud800", "\uffff", "a"))))
