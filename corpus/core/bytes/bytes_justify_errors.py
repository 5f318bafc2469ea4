# padding argument errors
def show(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: b'a'.ljust(5, '*'))
show(lambda: b'a'.rjust(5, b'**'))
show(lambda: b'a'.center(5, b''))
show(lambda: b'a'.center(5, 42))
show(lambda: b'a'.ljust('5'))
show(lambda: b'a'.ljust(2.5))
show(lambda: b'a'.rjust())
show(lambda: b'a'.center(1, b'x', b'y'))
