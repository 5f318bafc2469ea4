found = None
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == 24:
            found = (a, b)
            break
    if found:
        break
print(found)
def pairs():
    out = []
    i = 0
    while i < 4:
        i += 1
        if i % 2:
            continue
        j = 0
        while True:
            j += 1
            if j > 2:
                break
            out.append((i, j))
    return out
print(pairs())
