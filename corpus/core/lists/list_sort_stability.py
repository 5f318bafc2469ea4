records = [("alice", 3), ("bob", 1), ("carol", 3), ("dave", 2), ("eve", 1), ("frank", 2)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
data = [5, 3, 5.0, 3.0, 1, True, 1.0]
print(sorted(data))
print(sorted(data, reverse=True))
big = list(range(100, 0, -7))
big.sort()
print(big)
