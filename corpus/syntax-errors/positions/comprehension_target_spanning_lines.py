pairs = [
    a,
    b
    for a, b in zip(x, y)
]
