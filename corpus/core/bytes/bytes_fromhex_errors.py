# bytes.fromhex errors give the position of the bad character
def show(f):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
show(lambda: bytes.fromhex('abc'))
show(lambda: bytes.fromhex('zz'))
show(lambda: bytes.fromhex('a z'))
show(lambda: bytes.fromhex('0g'))
show(lambda: bytes.fromhex('12 3'))
show(lambda: bytes.fromhex('1 2'))
show(lambda: bytes.fromhex(12))
show(lambda: bytes.fromhex())
show(lambda: bytes.fromhex('12', '34'))
show(lambda: bytes.fromhex('\xe9'))
