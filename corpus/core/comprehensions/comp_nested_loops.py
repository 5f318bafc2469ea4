print([(x, y) for x in range(3) for y in range(x)])
print([a + b for a in "xy" for b in "12" if b != "2" or a == "y"])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix])
print([[row[i] for row in matrix] for i in range(3)])
print([v for row in matrix for v in row if v % 2 == 0])
print([(x, y, z) for x in range(2) for y in range(2) for z in range(2) if x + y + z == 2])
