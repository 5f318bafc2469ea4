print([1, 2] * 0, [1, 2] * -3, -1 * [0], [] * 5)
print([None] * 3, 2 * ["a", "b"], [[0]] * 2)
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
xs = [1, 2]
xs *= 2
print(xs)
xs *= -1
print(xs)
print([1] * True, [1] * False)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * "2"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * [2]
except TypeError as e:
    print(type(e).__name__, e)
