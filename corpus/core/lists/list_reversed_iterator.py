xs = [1, 2, 3]
r = reversed(xs)
print(next(r), list(r), list(r))
print(list(reversed([])), list(reversed(range(3))), list(reversed((1, 2))), list(reversed("ab")))
it = reversed(xs)
xs.append(4)
print(list(it))
try:
    reversed(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    reversed({1, 2})
except TypeError as e:
    print(type(e).__name__, e)
print(list(reversed({"a": 1, "b": 2})), list(reversed({"a": 1, "b": 2}.items())))
print(list(reversed({"a": 1, "b": 2}.values())))
