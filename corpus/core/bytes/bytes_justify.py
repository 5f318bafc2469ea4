# ljust, rjust and center pad with a fill byte
b = b'abc'
print(b.ljust(6), b.rjust(6), b.center(7), b.center(8))
print(b.ljust(6, b'*'), b.rjust(6, b'.'), b.center(9, b'='), b.center(4, b'-'))
print(b.ljust(2), b.rjust(-1), b.center(3))
print(b'ab'.center(5, b'x'), b'a'.center(4, b'x'), b''.center(3, b'_'))
