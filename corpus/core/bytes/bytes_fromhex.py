# bytes.fromhex is a classmethod parsing pairs of hex digits, ignoring whitespace between pairs
print(bytes.fromhex('deadbeef'))
print(bytes.fromhex('DE AD  BE EF'))
print(bytes.fromhex(' 01\t02\n03\r04\x0b05\x0c06 '))
print(bytes.fromhex(''), bytes.fromhex('   '))
print(bytes.fromhex(b'4142'))
print(b'ignored'.fromhex('43'))
print(bytes.fromhex('30313233').decode())
print(bytes.fromhex(b'ff'.hex()) == b'\xff')
