# bytes repr picks single quotes unless the data has ' and no "
print(repr(b"it's"))
print(repr(b'say "hi"'))
print(repr(b'both \' and "'))
print(repr(b"'"))
print(repr(b'"'))
print(repr(b"'\""))
print([b'a', b"b'c", b'd"e'])
