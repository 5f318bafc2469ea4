# calling bytes methods through the class on a non-bytes receiver
def show(f):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
print(bytes.upper(b'abc'), bytes.split(b'a b'), bytes.find(b'abc', b'c'))
show(lambda: bytes.upper('abc'))
show(lambda: bytes.decode('abc'))
show(lambda: bytes.join(1, [b'a']))
show(lambda: bytes.upper())
