# bytes.__new__ called directly checks its class argument
print(bytes.__new__(bytes, b'ab'), bytes.__new__(bytes, 2), bytes.__new__(bytes))
for f in [lambda: bytes.__new__(int), lambda: bytes.__new__(1), lambda: bytes.__new__(str, 'x')]:
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
