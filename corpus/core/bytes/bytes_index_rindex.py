# index/rindex are find/rfind that raise ValueError
b = b'hello world'
print(b.index(b'o'), b.rindex(b'o'), b.index(b'world'), b.index(108), b.rindex(108))
print(b.index(b'o', 5), b.rindex(b'l', 0, 4))
for args in [(b'x',), (b'o', 8), (b'h', 1, 5), (122,)]:
    try:
        print(b.index(*args))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    b.rindex(b'zz')
except ValueError as e:
    print(type(e).__name__, e)
try:
    b.index('o')
except TypeError as e:
    print(type(e).__name__, e)
