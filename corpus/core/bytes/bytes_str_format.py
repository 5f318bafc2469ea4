# str(), f-strings, format() and %-formatting of a bytes value show its repr
b = b'caf\xc3\xa9'
print(str(b))
print(f'{b}')
print(f'{b!r}')
print(f'{b!s}')
print(f'{b!a}')
print(format(b, ''))
print('%s and %r' % (b, b))
print(ascii(b))
try:
    format(b, 's')
except TypeError as e:
    print(type(e).__name__, e)
try:
    f'{b:>10}'
except TypeError as e:
    print(type(e).__name__, e)
