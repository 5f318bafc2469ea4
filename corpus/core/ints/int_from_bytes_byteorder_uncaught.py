data = b'\x01\x02'
print(int.from_bytes(data, 'little'))
print(int.from_bytes(data, byteorder='network'))
