# bytes equal only bytes; ordering against other types is a TypeError
print(b'a' == 'a', b'a' != 'a', b'1' == 1, b'' == None, b'ab' == [97, 98])
print(b'a' in [b'a'], 'a' in [b'a'], b'x' in {b'x': 1})
for other in ['a', 1, None, [1]]:
    try:
        print(b'a' < other)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    print('a' >= b'a')
except TypeError as e:
    print(type(e).__name__, e)
