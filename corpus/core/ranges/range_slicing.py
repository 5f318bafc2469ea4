r = range(0, 30, 3)
print(r[2:5], r[::2], r[::-1], r[-3:], r[5:2], r[1:8:3], r[:100], r[-100:2])
print(range(10)[::-2], range(10, 0, -1)[2:5], range(5)[3:1:-1], range(0)[::-1])
print(list(r[::-1]) == list(r)[::-1], r[:] == r, r[::-1][::-1] == r)
try:
    r[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    r["a"]
except TypeError as e:
    print(type(e).__name__, e)
try:
    r[10]
except IndexError as e:
    print(type(e).__name__, e)
try:
    r[-11]
except IndexError as e:
    print(type(e).__name__, e)
print(r[-10], r[9])
