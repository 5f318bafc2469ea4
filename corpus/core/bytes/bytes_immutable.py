# bytes do not support item assignment or deletion
b = b'abc'
try:
    b[0] = 65
except TypeError as e:
    print(type(e).__name__, e)
try:
    del b[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    b[0:1] = b'z'
except TypeError as e:
    print(type(e).__name__, e)
try:
    b.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
print(b)
