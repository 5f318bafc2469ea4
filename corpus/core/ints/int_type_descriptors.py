print(int.real, int.imag, int.numerator, int.denominator)
print(int.bit_length, int.to_bytes, float.hex, float.is_integer, complex.conjugate)
print(type(int.real).__name__, type(int.bit_length).__name__, type(complex.real).__name__)
print(int.from_bytes(b'\x01\x00', 'little'), float.fromhex('0x1p4'), int.real.__class__.__name__)
names = ['as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', 'denominator', 'from_bytes', 'from_number',
         'fromhex', 'hex', 'imag', 'is_integer', 'numerator', 'real', 'to_bytes']
for value in [5, True, 1.5, 1j]:
    print(type(value).__name__, [name for name in names if hasattr(value, name)])
