a = 1
b = [1, 2, 3, 4, 5, 6]
c = {"k": 1, "j": 2}
class Box:
    pass
box = Box()
box.x = 1
box.y = 2
del a, c["k"], box.x
print(c, box.__dict__)
del b[::2]
print(b)
del b[-1]
print(b)
del b[:]
print(b)
try:
    del b[0]
except IndexError as e:
    print("IndexError", e)
try:
    del box.missing
except AttributeError as e:
    print("AttributeError", e)
try:
    del c["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    a
except NameError as e:
    print("NameError", e)
(x, y) = (1, 2)
del (x, y)
try:
    print(x)
except NameError as e:
    print("NameError", e)
