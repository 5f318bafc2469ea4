print(len(range(2**62)), len(range(0, 2**63 - 1)), len(range(-(2**62), 2**62 - 1)), len(range(0, 2**64, 2**40)))
r = range(0, 2**63)
print(r.stop, r[-1], r[2**62])
try:
    len(r)
except OverflowError as e:
    print(type(e).__name__, e)
print(len(range(10**18, 0, -7)), bool(range(2**100)), bool(range(5, 5)))
