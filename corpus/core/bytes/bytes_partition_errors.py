# partition argument errors
def show(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
show(lambda: b'a=b'.partition(b''))
show(lambda: b'a=b'.rpartition(b''))
show(lambda: b'a=b'.partition('='))
show(lambda: b'a=b'.rpartition(61))
show(lambda: b'a=b'.partition())
show(lambda: b'a=b'.partition(b'=', b'='))
