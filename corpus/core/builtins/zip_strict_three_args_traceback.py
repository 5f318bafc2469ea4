print(*zip([1, 2], [3], [4, 5], strict=True))
