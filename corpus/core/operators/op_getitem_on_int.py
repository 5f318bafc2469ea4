matrix = [[1, 2], [3, 4]]
row = matrix[1]
print(row[0])
print(row[0][1])
