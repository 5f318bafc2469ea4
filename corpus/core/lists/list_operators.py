print([1, 2] + [3], [0] * 3, [1] * 0, 2 * ["a"])
print([1, 2] == [1, 2], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [])
print(3 in [1, 2, 3], 4 not in [1, 2, 3])
print(len([[], [1]]), [[]] == [[]])
xs = [1, 2, 3]
del xs[0]
print(xs)
print(max([4, 9, 2]), min([4, 9, 2]), sum([1, 2, 3]), sum([0.5, 0.25]))
print(list(reversed([1, 2, 3])), list(enumerate("ab")))
print([1, 2] + (3,))
