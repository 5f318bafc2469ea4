xs = [1]
xs.extend((2, 3))
xs.extend("ab")
xs.extend(range(4, 6))
xs.extend({"k": 1, "j": 2})
xs.extend(x * 10 for x in range(2))
xs.extend([])
print(xs)
ys = [1, 2]
ys.extend(ys)
print(ys)
for bad in [5, None, 1.5]:
    try:
        ys.extend(bad)
    except TypeError as e:
        print(type(e).__name__, e)
zs = [0]
zs += (1, 2)
zs += "xy"
print(zs)
try:
    zs += 3
except TypeError as e:
    print(type(e).__name__, e)
