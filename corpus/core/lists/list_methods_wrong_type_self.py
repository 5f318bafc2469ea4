try:
    list.append((), 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    list.append()
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].append(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].append(x=1)
except TypeError as e:
    print(type(e).__name__, e)
xs = []
list.append(xs, 5)
print(xs, list.__name__, type([]).__name__)
