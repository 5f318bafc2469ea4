def combine(first, second, third):
    return first + second + third
result = combine(
    "a",
    "b",
    3,
)
