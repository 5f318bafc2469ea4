# len() counts bytes; an empty bytes is false
print(len(b''), len(b'abc'), len(b'\x00' * 10), len(b'\xe2\x82\xac'))
print(bool(b''), bool(b'\x00'), not b'', not b'x')
if b'':
    print('empty is true?')
else:
    print('empty is false')
print(b'' or b'default', b'x' and b'y')
print(b'abc'.__len__())
