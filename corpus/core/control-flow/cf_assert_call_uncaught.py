def is_sorted(xs):
    return all(a <= b for a, b in zip(xs, xs[1:]))
data = [3, 1, 2]
assert is_sorted(data), f"not sorted: {data}"
