# A 1,000,000-iteration arithmetic loop at module level.
total = 0
for i in range(1000000):
    total += i * 2 % 7
print(total)
