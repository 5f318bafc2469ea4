rows = [[1, 2], [3, 4]]
unique = {row for row in rows}
