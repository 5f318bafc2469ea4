# raw, triple-quoted and implicitly concatenated bytes literals
print(rb'\n\x00')
print(Rb'a\b', bR'c\d', BR'e\f')
print(b'abc' b'def')
print(b'''line1
line2''')
print(b"""x'y"z""")
print(b'a' rb'\t' b'\t')
print(type(b''), type(b'x').__name__)
