# decode() argument errors
def show(f):
    try:
        print(f())
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
show(lambda: b'x'.decode(1))
show(lambda: b'x'.decode('utf-8', 2))
show(lambda: b'x'.decode('nope'))
show(lambda: b'x'.decode('utf-8', 'strict', 3))
show(lambda: b'x'.decode(encodin='utf-8'))
show(lambda: b'x'.decode('ascii', errors='bogus'))
show(lambda: b'\xff'.decode('ascii', errors='bogus'))
