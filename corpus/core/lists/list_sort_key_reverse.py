words = ["banana", "Apple", "cherry", "apple", "Banana", "fig"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(words, key=lambda w: (len(w), w)))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
pairs.sort(key=lambda p: p[0], reverse=True)
print(pairs)
nums = [3, -1, 2, -5, 0]
nums.sort(key=abs)
print(nums)
print(sorted(nums, reverse=True), sorted((3, 1, 2)), sorted("cab"), sorted({3: 0, 1: 0}))
print(nums.sort(), nums)
