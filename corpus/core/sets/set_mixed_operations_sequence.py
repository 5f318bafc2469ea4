# conform: skip-pyodide set order of strings and large ints depends on 64-bit hashes
# A deterministic pseudo-random sequence of set and dict operations on mixed keys.
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def val():
    k = rnd(7)
    if k == 0: return rnd(100) - 50
    if k == 1: return "s" + str(rnd(30))
    if k == 2: return (rnd(5), "t" + str(rnd(3)))
    if k == 3: return rnd(40) / 4
    if k == 4: return 2 ** rnd(70) - rnd(3)
    if k == 5: return -rnd(2**40) * 1000003
    return frozenset([rnd(5), rnd(5)])
s = set()
f = frozenset()
d = {}
for step in range(1200):
    op = rnd(12)
    v = val()
    if op < 4: s.add(v)
    elif op < 6: s.discard(v)
    elif op == 6 and s: s.pop()
    elif op == 7: s = s | {val(), val()}
    elif op == 8: s = s - {val() for _ in range(3)}
    elif op == 9: d[v] = step
    elif op == 10: d.pop(v, None)
    elif op == 11: s ^= {v, val()}
    if step % 400 == 0:
        print(step, s)
        print(d)
print(s, len(s))
print(frozenset(s))
print(set(d), set(d.items()) == set(d.items()))
print(s.union(d), s.intersection(list(d)), s.symmetric_difference(d))
t = set(s)
while t:
    t.pop()
print(t, {x for x in s if type(x) is int})
