# startswith/endswith argument errors
def show(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: b'abc'.startswith('a'))
show(lambda: b'abc'.endswith(97))
show(lambda: b'abc'.startswith((b'a', 'b')))
show(lambda: b'abc'.endswith([b'c']))
show(lambda: b'abc'.startswith())
show(lambda: b'abc'.startswith(b'a', 'x'))
show(lambda: b'abc'.startswith(b'a', 0, 1, 2))
show(lambda: b'abc'.startswith(prefix=b'a'))
