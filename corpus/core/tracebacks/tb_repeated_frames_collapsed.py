def loop(n):
    if n == 0:
        return {}["missing"]
    return loop(n - 1)
loop(20)
