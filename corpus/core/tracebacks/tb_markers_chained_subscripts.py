grid = [[1, 2], [3]]
v = grid[1][0] + grid[1][1]
