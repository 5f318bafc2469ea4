# `in` with the wrong kind of left operand
b = b'abc'
for item in ['a', 1.5, None, [97]]:
    try:
        print(item in b)
    except TypeError as e:
        print(type(e).__name__, e)
for item in [256, -1, 2**70]:
    try:
        print(item in b)
    except ValueError as e:
        print(type(e).__name__, e)
