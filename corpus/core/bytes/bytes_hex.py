# bytes.hex() with an optional separator and bytes_per_sep
b = b'\x01\x23\x45\x67\x89\xab\xcd\xef'
print(b.hex())
print(b.hex(':'), b.hex(' ', 2), b.hex('-', -3), b.hex(b'_', 3), b.hex(':', 0))
print(b'\xb9\x01\xef'.hex('.', 4), b'\xb9\x01\xef'.hex(sep='|', bytes_per_sep=1))
print(b''.hex(), b''.hex(':'), b'\x00'.hex(':'))
print(b'abcdefg'.hex(':', 2), b'abcdefg'.hex(':', -2))
