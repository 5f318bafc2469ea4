# join needs bytes-like items and an iterable
def show(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
show(lambda: b','.join([b'a', 'b']))
show(lambda: b','.join([b'a', b'b', 3]))
show(lambda: b','.join(5))
show(lambda: b','.join('abc'))
show(lambda: b','.join())
show(lambda: b','.join([b'a'], [b'b']))
