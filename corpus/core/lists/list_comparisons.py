print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9])
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1] != [1.0], [[1]] == [[1]])
print([1, "a"] < [2, "b"], [1, "a"] < [1, "b"], [1, 2] <= [1, 2], [3] >= [2, 9])
try:
    [1, "a"] < [1, 2]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] < (1,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] >= "a"
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
xs = [nan]
print(xs == xs, [nan] == [nan], xs[0] == xs[0])
