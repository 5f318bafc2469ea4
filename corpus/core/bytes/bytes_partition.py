# partition/rpartition split around the first/last separator
b = b'key=value=more'
print(b.partition(b'='), b.rpartition(b'='))
print(b.partition(b'=='), b.rpartition(b'#'))
print(b''.partition(b'x'), b'abc'.partition(b'abc'), b'abc'.rpartition(b'a'))
