# bytes(str, encoding[, errors]) encodes the string
print(bytes('abc', 'ascii'))
print(bytes('caf\xe9', 'utf-8'))
print(bytes('caf\xe9', 'latin-1'))
print(bytes('caf\xe9', encoding='utf8'))
print(bytes('caf\xe9', 'ascii', 'replace'))
print(bytes('caf\xe9', 'ascii', errors='ignore'))
print(bytes('\u20ac', 'UTF-8'))
print(bytes('', 'ascii'))
try:
    bytes('caf\xe9', 'ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    bytes('x', 'no-such-codec')
except LookupError as e:
    print(type(e).__name__, e)
