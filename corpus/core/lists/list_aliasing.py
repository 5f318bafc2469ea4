a = [1, 2]
b = a
b.append(3)
print(a, a is b)
c = a[:]
c.append(4)
print(a, c, a == c[:3])
grid = [[0] * 2] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 2, [0] * 2]
grid2[0][0] = 1
print(grid2)
x = [1]
x += [2]
y = x
x = x + [3]
print(x, y)
