# ord() of a length-1 bytes; bytes([n]) is the inverse
print(ord(b'a'), ord(b'\x00'), ord(b'\xff'))
print(bytes([ord(b'z')]), [bytes([c]) for c in b'hi'])
for arg in [b'', b'ab']:
    try:
        ord(arg)
    except TypeError as e:
        print(type(e).__name__, e)
