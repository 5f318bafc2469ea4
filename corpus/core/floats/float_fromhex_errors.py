def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: float.fromhex('0x1p'))
attempt(lambda: float.fromhex(''))
attempt(lambda: float.fromhex('0x'))
attempt(lambda: float.fromhex('0xg'))
attempt(lambda: float.fromhex('1.0.0'))
attempt(lambda: float.fromhex('0x1p1024'))
attempt(lambda: float.fromhex('0x1.fffffffffffff8p1023'))
attempt(lambda: float.fromhex('0x1p99999999999'))
attempt(lambda: float.fromhex('0x1p-99999999999'))
attempt(lambda: float.fromhex(1.0))
attempt(lambda: float.fromhex())
attempt(lambda: float.fromhex('0x1', '0x2'))
