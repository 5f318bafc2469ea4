a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), id(a) == id(a), isinstance(id(a), int))
print(id(None) == id(None), id(len) == id(len))
try:
    id()
except TypeError as e:
    print(type(e).__name__, e)
try:
    id(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
