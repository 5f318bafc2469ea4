values = [v for v in range(5) if v > 10]
print(min(values, default=-1))
print(max(values))
