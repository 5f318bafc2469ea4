nums = [3, 1, 4, 1, 5, 9, 2, 6]
print([n * 2 for n in nums])
print([n for n in nums if n % 2])
print([n for n in nums if n > 1 if n < 6])
print([(i, c) for i, c in enumerate("abc")])
print([c.upper() if c in "aeiou" else c for c in "banana"])
print([x for x in []], [x for x in range(0)])
print([[j for j in range(i)] for i in range(4)])
