# bytes.hex() argument errors
def show(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
show(lambda: b'ab'.hex('::'))
show(lambda: b'ab'.hex(''))
show(lambda: b'ab'.hex('\xe9'))
show(lambda: b'ab'.hex(1))
show(lambda: b'ab'.hex(None))
show(lambda: b'ab'.hex(':', 'x'))
show(lambda: b'ab'.hex(':', 2**40))
show(lambda: b'ab'.hex(':', 1, 2))
