# slices of bytes are bytes
b = b'0123456789'
print(b[2:5], b[:3], b[7:], b[:])
print(b[-3:], b[:-7], b[-100:100])
print(b[::2], b[1::3], b[::-1], b[8:2:-2])
print(b[5:2], b[10:], b[3:3])
print(b[slice(1, 4)], b[slice(None, None, -3)])
print(type(b[1:2]).__name__, b[1:2] == b'1')
try:
    b[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    b['a':]
except TypeError as e:
    print(type(e).__name__, e)
