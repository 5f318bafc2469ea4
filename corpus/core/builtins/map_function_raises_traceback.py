def check(x):
    if x > 2:
        raise ValueError(f"bad {x}")
    return True
print(list(map(check, [1, 2, 3])))
