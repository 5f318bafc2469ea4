# split on whitespace runs or on a separator, with maxsplit
print(b'  a b\t\tc\nd  '.split())
print(b'a,b,,c,'.split(b','), b'a,b,,c,'.split(b',', 1), b'a,b,,c,'.split(b',', maxsplit=2))
print(b'a b c'.split(None, 1), b'a b c'.split(maxsplit=0), b'  a b  '.split(None, 1))
print(b''.split(), b''.split(b','), b'   '.split(), b'abc'.split(b'abc'))
print(b'a::b::c'.split(b'::'), b'a\xa0b'.split(), b'x'.split(sep=b'x'))
print(b'a b'.split(b' ', -1), b'1 2 3'.split(b' ', -5))
