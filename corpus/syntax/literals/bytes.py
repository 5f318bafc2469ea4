# conform: args -m ast -a
a = b'bytes'
b = B"BYTES"
c = br'raw\bytes'
d = Rb"raw"
e = rB'raw'
f = BR"raw"
g = b'\x00\xff\n\t\\'
h = b'''triple
bytes'''
i = b''
