pairs = [(1, 2), (3, 4)]
for a, b in pairs:
    print(a + b)
rows = [(1, 2), (3,), (5, 6)]
try:
    for a, b in rows:
        print(a, b)
except ValueError as e:
    print(type(e).__name__, e)
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError as e:
    print(type(e).__name__, e)
for i, (a, b) in enumerate(pairs):
    print(i, a, b)
