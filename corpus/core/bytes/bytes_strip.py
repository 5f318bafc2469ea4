# strip/lstrip/rstrip remove ASCII whitespace or the given bytes
b = b' \t\n hello \r\x0b\x0c '
print(b.strip(), b.lstrip(), b.rstrip())
print(b'xxhixx'.strip(b'x'), b'xyhiyx'.lstrip(b'xy'), b'xyhiyx'.rstrip(b'yx'))
print(b'www.example.com'.strip(b'cmowz.'))
print(b'aaa'.strip(b'a'), b''.strip(), b'abc'.strip(b''), b'  a  '.strip(None))
print(b'\xa0x\xa0'.strip())
