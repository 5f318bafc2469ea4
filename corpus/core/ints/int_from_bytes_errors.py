def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: int.from_bytes(b'\x01', 'sideways'))
attempt(lambda: int.from_bytes('abc', 'big'))
attempt(lambda: int.from_bytes(5, 'big'))
attempt(lambda: int.from_bytes([256], 'big'))
attempt(lambda: int.from_bytes([-1], 'big'))
attempt(lambda: int.from_bytes(b'\x01', 'big', True))
attempt(lambda: int.from_bytes())
attempt(lambda: int.from_bytes(b'\x01', byteorder=1))
