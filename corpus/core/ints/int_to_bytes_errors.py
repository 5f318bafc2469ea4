def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
attempt(lambda: (256).to_bytes(1, 'big'))
attempt(lambda: (-1).to_bytes(1, 'big'))
attempt(lambda: (128).to_bytes(1, 'big', signed=True))
attempt(lambda: (-129).to_bytes(1, 'big', signed=True))
attempt(lambda: (1).to_bytes(0, 'big'))
attempt(lambda: (1).to_bytes(-1, 'big'))
attempt(lambda: (1).to_bytes(2, 'middle'))
attempt(lambda: (1).to_bytes(2, 5))
attempt(lambda: (1).to_bytes('2', 'big'))
attempt(lambda: (1).to_bytes(2, 'big', True))
attempt(lambda: (1).to_bytes(2, 'big', sign=True))
attempt(lambda: (1).to_bytes(1.0))
