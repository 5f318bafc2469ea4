def any(iterable):
    return [x for x in iterable]
result = any(1 / v for v in [2, 0])
