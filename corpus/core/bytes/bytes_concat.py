# + joins two bytes, += rebinds
a = b'foo'
b = b'bar'
print(a + b, b + a, a + b'', b'' + a)
c = a
c += b'!'
print(c, a)
parts = b''
for i in range(3):
    parts += bytes([65 + i])
print(parts)
