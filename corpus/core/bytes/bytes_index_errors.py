# bad indexes: out of range, wrong types
b = b'abc'
for key in [3, -4, 10**20]:
    try:
        print(b[key])
    except IndexError as e:
        print(type(e).__name__, e)
for key in ['a', 1.0, None, (1,)]:
    try:
        print(b[key])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    b[2**70]
except IndexError as e:
    print(type(e).__name__, e)
