r = range(0, 2**64, 2**32)
print(len(r), r[-1], r[1000], 2**40 in r, r.index(2**33), r[::2**16][1])
big = range(2**100)
print(big[-1], big[2**99], big[2**98:2**98 + 3], big.count(5), (2**99) in big)
try:
    len(big)
except OverflowError as e:
    print(type(e).__name__, e)
print(range(-2**70, 0, 2**69), list(range(-2**70, 0, 2**69)))
