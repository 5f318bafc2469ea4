print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted([]), sorted({5, 1, 3}))
print(sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len), sorted(["bb", "a", "ccc"], key=len, reverse=True))
pairs = [("b", 1), ("a", 2), ("b", 0), ("a", 1), ("c", 2)]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: p[1], reverse=True))
words = ["Banana", "apple", "cherry", "Apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=None))
print(sorted([1.5, 1, True, 0.5]), sorted([[2], [1, 5], [1]]))
orig = [3, 1]
res = sorted(orig)
print(orig, res, res is orig)
