a = [1, 2]
b = (3, 4)
print([*a, *b], [0, *a, 5, *"xy"], (*a,), (*a, *b), [*range(3)], [*{"k": 1}], [*a, *a])
print(*a, *b, sep="-")
print([*[], *()], (*(), *[]), len([*range(100)]))
try:
    [*a, *5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    (*None,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    {*a, *5}
except TypeError as e:
    print(type(e).__name__, e)
