# bytes.decode with the default utf-8 and with ascii/latin-1
data = b'caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80'
print(data.decode())
print(data.decode('utf-8'), data.decode(encoding='UTF8'))
print(len(data), len(data.decode()))
print(b'plain'.decode('ascii'))
print(b'caf\xe9'.decode('latin-1'), b'caf\xe9'.decode('iso-8859-1'))
print(b''.decode(), repr(b'\x00'.decode()))
print(b'\xff\xfe'.decode('latin1'))
