# repr escapes controls: \t \n \r by name, others as \xNN; \x7f-\x9f and \xa0, \xad
s = "".join(chr(i) for i in range(0, 32)) + "\x7f\x80\x85\x9f\xa0\xad\xff"
print(repr(s))
print(ascii(s))
print(repr("\a\b\f\v\0"))
