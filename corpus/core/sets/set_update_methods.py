s = {1, 2, 3}
print(s.update([4], (5,), range(6, 8)), s)
s.intersection_update([1, 2, 3, 4, 9], {2, 3, 4})
print(s)
s.difference_update({2}, [9])
print(s)
s.symmetric_difference_update([4, 10])
print(s)
s.update()
s.intersection_update()
s.difference_update()
print(s)
s |= {20}
s &= {3, 20, 21}
print(s)
s -= {3}
s ^= {20, 30}
print(s)
try:
    s |= [1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.update(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.symmetric_difference_update(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
