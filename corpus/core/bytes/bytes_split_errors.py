# split/rsplit argument errors
def show(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
show(lambda: b'a b'.split(b''))
show(lambda: b'a b'.rsplit(b''))
show(lambda: b'a b'.split(' '))
show(lambda: b'a b'.split(32))
show(lambda: b'a b'.split(b' ', 'x'))
show(lambda: b'a b'.split(b' ', 1.0))
show(lambda: b'a b'.split(b' ', 1, 2))
show(lambda: b'a b'.split(sep=b' ', max=1))
