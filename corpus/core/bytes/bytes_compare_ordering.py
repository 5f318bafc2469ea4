# bytes compare lexicographically by byte value
print(b'abc' < b'abd', b'abc' < b'ab', b'ab' < b'abc', b'' < b'\x00')
print(b'\xff' > b'\x7f', b'Z' < b'a', b'a' <= b'a', b'b' >= b'a')
print(b'abc' == b'abc', b'abc' != b'abd', b'' == b'')
print(sorted([b'pear', b'apple', b'Banana', b'apple pie', b'']))
print(min(b'x', b'abc', b'ab'), max([b'\x00\xff', b'\x01']))
print(b'a' < b'b' < b'c', b'b' < b'a' < b'c')
