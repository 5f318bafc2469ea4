# translate with a 256-byte table from bytes.maketrans, and a delete argument
table = bytes.maketrans(b'abc', b'xyz')
print(len(table), table[97:100], table[:3])
print(b'aabbcc-abc'.translate(table))
print(b'hello world'.translate(None, b'lo'))
print(b'hello world'.translate(table, b' '))
print(b'hello'.translate(None), b'hello'.translate(None, delete=b'h'))
print(b'x'.maketrans(b'', b''), bytes.maketrans(b'', b'') == bytes(range(256)))
rot13 = bytes.maketrans(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                        b'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')
print(b'Hello, World!'.translate(rot13))
