# translate and maketrans argument errors
def show(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
show(lambda: b'abc'.translate(b'short'))
show(lambda: b'abc'.translate('x' * 256))
show(lambda: b'abc'.translate(None, 'a'))
show(lambda: b'abc'.translate())
show(lambda: bytes.maketrans(b'ab', b'c'))
show(lambda: bytes.maketrans('a', 'b'))
show(lambda: bytes.maketrans(b'a', 'b'))
show(lambda: bytes.maketrans(b'a'))
