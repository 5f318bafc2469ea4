t = (1, 2, 3)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t.append(4)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    t[3]
except IndexError as e:
    print(type(e).__name__, e)
try:
    t["1"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t * 1.5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
