# bytes() argument errors, with CPython's messages
def show(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: bytes('abc'))
show(lambda: bytes(1.5))
show(lambda: bytes(None))
class Plain:
    pass
show(lambda: bytes(Plain()))
show(lambda: bytes(b'x', 'ascii'))
show(lambda: bytes(5, 'ascii'))
show(lambda: bytes(5, errors='strict'))
show(lambda: bytes('a', errors='strict'))
show(lambda: bytes(encoding='utf-8'))
show(lambda: bytes(errors='strict'))
show(lambda: bytes('a', 1))
show(lambda: bytes('a', 'ascii', 2))
show(lambda: bytes('a', 'utf-8', 'strict', 4))
show(lambda: bytes(x=b'ab'))
show(lambda: bytes(source=b'ab'))
