a = {1, 2, 3}
print(a.union(), a.union([3, 4]), a.union({5}, (6,), range(7, 9)), a.union("")) 
print(a.intersection(), a.intersection([2, 3, 4]), a.intersection({1, 2}, [2, 9]), a.intersection(range(0)))
print(a.difference(), a.difference([1]), a.difference({1}, [3]), a.symmetric_difference([3, 4]))
print(a, a.union() is a, a.intersection() is a, a.copy() is a)
try:
    a.union(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.intersection([[1]])
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.symmetric_difference()
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.symmetric_difference([1], [2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    a.difference(None)
except TypeError as e:
    print(type(e).__name__, e)
