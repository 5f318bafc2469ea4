# `in` accepts an int (a byte value) or a bytes (a substring)
b = b'hello world'
print(104 in b, 0 in b, ord('w') in b)
print(b'lo w' in b, b'' in b, b'xyz' in b, b'hello world!' in b)
print(b'o' not in b, 255 not in b)
print(True in b'\x01', False in b'\x01')
class Idx:
    def __index__(self):
        return 111
print(Idx() in b)
