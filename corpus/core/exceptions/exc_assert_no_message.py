values = [1, 2, 3]
assert len(values) == 3
assert len(values) == 4
