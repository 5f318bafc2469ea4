s = {1, 2}
for other in [[1], (1,), "ab", 1, None, {1: 2}]:
    try:
        s | other
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s + {3}
except TypeError as e:
    print(type(e).__name__, e)
try:
    s - [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    frozenset() ^ 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    s < 3
except TypeError as e:
    print(type(e).__name__, e)
try:
    s * 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[0]
except TypeError as e:
    print(type(e).__name__, e)
