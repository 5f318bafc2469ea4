# A deterministic pseudo-random sequence of sorts and slice operations.
seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
xs = [rnd(50) for _ in range(500)]
print(sorted(xs)[:40], sorted(xs, reverse=True)[:10])
pairs = [(rnd(10), rnd(1000)) for _ in range(300)]
print(sorted(pairs, key=lambda p: p[0])[:30])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:30])
fl = [rnd(1000) / 7 - 50 for _ in range(200)]
print(sorted(fl)[:20])
mixed = [rnd(100) if rnd(2) else rnd(100) / 3 for _ in range(200)]
print(sorted(mixed)[:30])
strs = ["w" + str(rnd(1000)) for _ in range(200)]
print(sorted(strs)[:20], sorted(strs, key=len)[:20])
l = list(range(60))
for i in range(200):
    op = rnd(8)
    a, b, c = rnd(70) - 5, rnd(70) - 5, rnd(7) - 3
    try:
        if op == 0: l[a:b] = [rnd(9)] * rnd(4)
        elif op == 1: del l[a:b:c or 1]
        elif op == 2: l.insert(a, i)
        elif op == 3: l.pop(a)
        elif op == 4: l[a:b:c or 2] = list(range(len(l[a:b:c or 2])))
        elif op == 5: l.extend(l[a:b])
        elif op == 6: l.remove(a)
        elif op == 7: l = l[::-1][a:]
    except (IndexError, ValueError) as e:
        print(i, type(e).__name__, e)
print(l)
