# the is* predicates look at ASCII only
samples = [b'', b'abc', b'ABC', b'Abc', b'abc123', b'123', b' \t\n\r\x0b\x0c', b'Hello World',
           b'Hello world', b'\xe9', b'a b', b'A1 B2', b'\x7f', b'_']
for s in samples:
    print(s, s.isalnum(), s.isalpha(), s.isascii(), s.isdigit(), s.islower(),
          s.isspace(), s.istitle(), s.isupper())
