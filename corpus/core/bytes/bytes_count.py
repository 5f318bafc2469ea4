# bytes.count(sub[, start[, end]]) counts non-overlapping occurrences; sub may be an int
b = b'banana bandana'
print(b.count(b'a'), b.count(b'an'), b.count(b'ana'), b.count(b'x'))
print(b.count(b''), b''.count(b''), b.count(ord('n')))
print(b.count(b'a', 3), b.count(b'a', 3, 8), b.count(b'a', -4), b.count(b'a', None, -4))
print(b'aaaa'.count(b'aa'), b'abc'.count(b'', 1, 2))
for sub in ['a', 1.0, 256]:
    try:
        print(b.count(sub))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    b.count()
except TypeError as e:
    print(type(e).__name__, e)
