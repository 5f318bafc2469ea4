def check(values):
    print(any(v > 2 for v in values), all(v for v in values), tuple(v * 2 for v in values))
    return all(10 / v > 1 for v in values)
check([1, 2, 3])
check([5, 0])
