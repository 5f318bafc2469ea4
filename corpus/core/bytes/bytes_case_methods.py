# case mapping of bytes only touches ASCII letters
b = b'hello WORLD caf\xc3\xa9 123'
print(b.upper())
print(b.lower())
print(b.swapcase())
print(b.title())
print(b.capitalize())
print(b"they're bill's friends".title())
print(b'\xe9t\xe9'.upper(), b'ABC'.capitalize(), b''.upper(), b'1a2b'.title())
