# concatenating bytes with other types
def show(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: b'a' + 'b')
show(lambda: b'a' + 1)
show(lambda: b'a' + None)
show(lambda: b'a' + [1])
show(lambda: 'a' + b'b')
show(lambda: 1 + b'b')
show(lambda: [1] + b'b')
show(lambda: (1,) + b'b')
def iadd():
    x = b'a'
    x += 'b'
show(iadd)
