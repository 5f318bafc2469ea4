# methods that take no arguments, or too many
def show(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: b'a'.upper(1))
show(lambda: b'a'.isdigit(b'x'))
show(lambda: b'a'.lower(x=1))
show(lambda: b'a'.find(b'a', 0, 1, 2))
show(lambda: b'a'.count(b'a', x=1))
show(lambda: b'a'.zfill())
show(lambda: b'a'.hex(1, 2, 3))
show(lambda: b'a'.join())
show(lambda: b'a'.removeprefix(b'a', b'b'))
show(lambda: b'a'.translate(None, b'', b''))
