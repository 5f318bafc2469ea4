# strip argument errors
def show(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: b'abc'.strip('a'))
show(lambda: b'abc'.lstrip(97))
show(lambda: b'abc'.rstrip(b'a', b'b'))
show(lambda: b'abc'.strip(chars=b'a'))
