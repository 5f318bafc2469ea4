a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print(a | b, b | a, a | {}, {} | a)
c = a
c |= b
print(a, c is a)
a |= [("w", 0)]
print(a)
try:
    a | [("w", 0)]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a | 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a |= 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a |= [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    a + b
except TypeError as e:
    print(type(e).__name__, e)
