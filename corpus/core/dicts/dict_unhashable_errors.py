d = {}
for key in [[1], {1: 2}, {1}, ([1],), bytearray(b"x") if False else [2]]:
    try:
        d[key] = 1
    except TypeError as e:
        print(type(e).__name__, e)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] in d
except TypeError as e:
    print(type(e).__name__, e)
try:
    d.get({})
except TypeError as e:
    print(type(e).__name__, e)
try:
    del d[[1]]
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
