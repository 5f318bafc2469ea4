t = tuple(range(10))
print(t[2:5], t[::3], t[::-1], t[-3:], t[:100], t[5:2], t[1:8:2], t[-1:-8:-3])
print(t[:], t[:] is t, t[0:10] is t)
try:
    t["a":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[::0]
except ValueError as e:
    print(type(e).__name__, e)
