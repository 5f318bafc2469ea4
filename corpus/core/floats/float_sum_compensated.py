print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, sum([1e100, 1.0, -1e100, 1.0]))
print(sum([0.1, 0.2, 0.3]), sum([1.5, 2, 3]), sum([1, 2.5], 0.5), sum([], 0.0), sum([1e308, 1e308]))
print(sum([float('inf'), 1.0]), sum([float('inf'), float('-inf')]), sum([1, 2, 3.0]), type(sum([1, 2, 3.0])).__name__)
total = 0.0
for _ in range(10):
    total += 0.1
print(total, total == 1.0)
