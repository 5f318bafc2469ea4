xs = [1, 2, 3, 4, 5]
print(xs.pop(), xs.pop(0), xs.pop(-1), xs.pop(True), xs)
for i in [5, -5, 100]:
    try:
        xs.pop(i)
    except IndexError as e:
        print(type(e).__name__, e)
try:
    xs.pop("0")
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs.pop(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    xs.pop(0, 1)
except TypeError as e:
    print(type(e).__name__, e)
print(xs.pop(0), xs)
try:
    xs.pop(0)
except IndexError as e:
    print(type(e).__name__, e)
