# the bytes type, isinstance checks and missing attributes
print(bytes, type(b'x') is bytes, isinstance(b'x', bytes), isinstance('x', bytes), isinstance(b'x', str))
print(bytes.__name__, bytes.__qualname__, bytes.__module__)
print(callable(bytes.fromhex), callable(b'a'.upper), type(b'x').__mro__)
try:
    b'abc'.foo
except AttributeError as e:
    print(type(e).__name__, e)
try:
    b'abc'.encode('ascii')
except AttributeError as e:
    print(type(e).__name__, e)
try:
    bytes.nope
except AttributeError as e:
    print(type(e).__name__, e)
