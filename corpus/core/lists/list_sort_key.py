words = ["banana", "Apple", "cherry", "date", "fig"]
print(sorted(words))
print(sorted(words, key=len))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True))
pairs = [(2, "b"), (1, "a"), (2, "a"), (1, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
nums = [5, -3, 2, -8]
nums.sort(key=abs)
print(nums)
print(sorted([3, 1, 2], reverse=True))
