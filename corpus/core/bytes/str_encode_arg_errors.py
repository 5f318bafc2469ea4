# str.encode() argument errors
def show(f):
    try:
        print(f())
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
show(lambda: 'x'.encode(1))
show(lambda: 'x'.encode('utf-8', None))
show(lambda: 'x'.encode('klingon'))
show(lambda: 'x'.encode('utf-8', 'strict', 'extra'))
show(lambda: 'x'.encode(enc='utf-8'))
show(lambda: '\xe9'.encode('ascii', 'no-such-handler'))
