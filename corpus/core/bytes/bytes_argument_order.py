# start/end (and hex's bytes_per_sep) are converted before the first argument is checked
def show(f):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
show(lambda: b'abc'.find([1], 'x'))
show(lambda: b'abc'.rfind(256, 0, b'z'))
show(lambda: b'abc'.count(None, 1.5))
show(lambda: b'abc'.index('a', None, []))
show(lambda: b'abc'.startswith('a', b''))
show(lambda: b'abc'.endswith(1, 0, 'x'))
show(lambda: b'abc'.hex(b'::', 'x'))
show(lambda: b'abc'.hex(5, 2**64))
show(lambda: b'abc'.find(b'b', None, None), )
