# replace(old, new[, count])
b = b'one two one two one'
print(b.replace(b'one', b'1'), b.replace(b'one', b'1', 2), b.replace(b'one', b'1', 0), b.replace(b'one', b'1', -1))
print(b.replace(b'x', b'y'), b.replace(b' ', b''), b.replace(b'', b'-'), b'abc'.replace(b'', b'.', 2))
print(b''.replace(b'', b'x'), b'aaa'.replace(b'a', b'bb'), b'aaaa'.replace(b'aa', b'b'))
for args in [('a', b'b'), (b'a', 'b'), (b'a',), (), (b'a', b'b', 1.0), (b'a', b'b', 1, 2)]:
    try:
        print(b.replace(*args))
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b.replace(b'two', b'2', count=1)
except TypeError as e:
    print(type(e).__name__, e)
