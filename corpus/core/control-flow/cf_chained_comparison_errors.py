try:
    print(1 < "a" < 3)
except TypeError as e:
    print(e)
print(1 < 2 < "x" if False else "skipped")
try:
    print(3 < 2 < "never compared")
except TypeError as e:
    print("unexpected", e)
else:
    print("short-circuited before the str")
x = [1, 2]
print(x == [1, 2] == x, 1 in x not in [[3]], x is x is not None)
