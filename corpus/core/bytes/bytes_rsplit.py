# rsplit splits from the right
print(b'  a b\t\tc\nd  '.rsplit())
print(b'a,b,,c,'.rsplit(b','), b'a,b,,c,'.rsplit(b',', 1), b'a,b,,c,'.rsplit(b',', maxsplit=2))
print(b'a b c'.rsplit(None, 1), b'  a b  '.rsplit(None, 1), b'a b c'.rsplit(maxsplit=0))
print(b''.rsplit(b','), b'aaa'.rsplit(b'a'), b'path/to/file.txt'.rsplit(b'/', 1))
