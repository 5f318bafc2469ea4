log = []
for i in range(3):
    for j in range(3):
        try:
            if j == 1:
                continue
            if i == 2:
                break
            log.append((i, j))
        finally:
            log.append(f"finally {i}{j}")
print(log)
def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            try:
                if v == target:
                    return (r, c)
            finally:
                print("checked", v)
    return None
print(search([[1, 2], [3, 4]], 3))
