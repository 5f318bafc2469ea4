xs = [4, -2, 7, 0]
print(len(xs), sum(xs), max(xs), min(xs), sorted(xs), any(xs), all(xs), list(enumerate(xs, 1)))
print(max(["b", "a", "c"]), min([[2], [1, 5]]), sum([[1], [2]], []), sum([0.5, 0.25]))
for f in [max, min]:
    try:
        f([])
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sum(["a", "b"], "")
except TypeError as e:
    print(type(e).__name__, e)
try:
    max([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
print(max([], default=None), min([3, 1], key=lambda x: -x), list(zip(xs, "abcd")))
