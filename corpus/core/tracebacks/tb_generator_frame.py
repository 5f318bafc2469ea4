def numbers(limit):
    for i in range(limit):
        if i == 2:
            raise IndexError(f"bad index {i}")
        yield i
def consume():
    out = []
    for n in numbers(5):
        out.append(n)
    return out
consume()
